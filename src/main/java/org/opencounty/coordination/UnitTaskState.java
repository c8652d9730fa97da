package org.opencounty.coordination;

import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.review.ReviewState;

/**
 * Where one unit stands on one task. A pure rule: done is decided by the moment the task was fulfilled against the
 * end of the deadline day in Beijing time; an unfulfilled task is overdue from the day after its deadline, whatever
 * its report's place in the chain.
 */
public enum UnitTaskState {
    NOT_STARTED("未开始"),
    IN_PROGRESS("进行中"),
    PENDING_LEADER("待单位负责人审核"),
    PENDING_CENTER("待中心确认"),
    RETURNED("已退回"),
    DONE_ON_TIME("按时完成"),
    DONE_LATE("逾期完成"),
    OVERDUE("逾期未完成");

    private final String label;

    UnitTaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** The first instant after the deadline day, in Beijing time: a fact before it is on time. */
    public static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(TimeConfiguration.CHINA).toInstant();
    }

    public static boolean onTime(Instant fulfilledAt, LocalDate deadline) {
        return fulfilledAt.isBefore(endOf(deadline));
    }

    /**
     * @param review      the report's place in the chain (null: nothing written yet; ignored for conditions)
     * @param fulfilledAt when the task was fulfilled (null: not yet)
     */
    public static UnitTaskState of(Fulfilment fulfilment, ReviewState review, Instant fulfilledAt, LocalDate deadline, Instant now) {
        if (fulfilledAt != null) {
            return onTime(fulfilledAt, deadline) ? DONE_ON_TIME : DONE_LATE;
        }
        if (!now.isBefore(endOf(deadline))) {
            return OVERDUE;
        }
        if (fulfilment == Fulfilment.CONDITION || review == null) {
            return fulfilment == Fulfilment.CONDITION ? IN_PROGRESS : NOT_STARTED;
        }
        return switch (review) {
            case PENDING_LEADER -> PENDING_LEADER;
            case PENDING_CENTER -> PENDING_CENTER;
            case RETURNED -> RETURNED;
            default -> IN_PROGRESS;
        };
    }
}
