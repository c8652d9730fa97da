package org.opencounty.coordination;

import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.ReviewState;

/**
 * Where a finding's rectification stands. A pure rule, the tasks' ({@link UnitTaskState}): a closed finding was
 * rectified on time when the unit's leader sent the closed rectification on before the end of the due day in Beijing
 * time; a finding not closed is overdue from the day after its due date, wherever its rectification is in the chain.
 */
public enum FindingState {
    OPEN("待整改"),
    IN_PROGRESS("整改中"),
    PENDING_LEADER("待单位负责人审核"),
    PENDING_INSPECTOR("待督查人员核查"),
    REOPENED("已退回重新整改"),
    CLOSED_ON_TIME("按期整改"),
    CLOSED_LATE("逾期整改"),
    OVERDUE("逾期未整改");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == CLOSED_ON_TIME || this == CLOSED_LATE;
    }

    /** Whether the unit did not rectify in time: closed late, or still open after the due day. */
    public boolean notInTime() {
        return this == CLOSED_LATE || this == OVERDUE;
    }

    /**
     * @param review      the rectification's place in the chain
     * @param written     whether the unit has written a rectification yet
     * @param rectifiedAt as of when the closed finding counts as rectified (null: not closed)
     */
    public static FindingState of(ReviewState review, boolean written, Instant rectifiedAt, LocalDate due, Instant now) {
        if (rectifiedAt != null) {
            return UnitTaskState.onTime(rectifiedAt, due) ? CLOSED_ON_TIME : CLOSED_LATE;
        }
        if (!now.isBefore(UnitTaskState.endOf(due))) {
            return OVERDUE;
        }
        return switch (review == null ? ReviewState.DRAFT : review) {
            case PENDING_LEADER -> PENDING_LEADER;
            case PENDING_CENTER -> PENDING_INSPECTOR;
            case RETURNED -> REOPENED;
            default -> written ? IN_PROGRESS : OPEN;
        };
    }
}
