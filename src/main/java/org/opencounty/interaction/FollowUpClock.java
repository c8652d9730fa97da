package org.opencounty.interaction;

import java.time.LocalDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;

/**
 * The clock of a 差评's follow-up: the 回访 and the rectification or explanation are due the given working days after
 * the day of the rating, on the platform calendar; where a follow-up stands on a given day. The supervision sweep reads
 * the same rule from the view {@code interaction_follow_up} (open, not excluded, due before today = overdue).
 */
public final class FollowUpClock {

    /** Where a rating's follow-up stands on a day. */
    public enum Standing {
        NONE("无需回访"),
        OPEN("待回访整改"),
        DUE_TODAY("今日到期"),
        OVERDUE("已超期"),
        DONE("已办结"),
        EXCUSED("申诉成立，不再回访");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Still to be done by the unit. */
        public boolean open() {
            return this == OPEN || this == DUE_TODAY || this == OVERDUE;
        }
    }

    private FollowUpClock() {
    }

    public static LocalDate due(WorkingDays calendar, LocalDate ratedOn, int workingDays, Region region) {
        return calendar.dueDate(ratedOn, workingDays, region).dueDate();
    }

    /**
     * A good rating has no follow-up; a closed one is done; one the center found malicious (appeal upheld) is no longer
     * followed up; otherwise it is overdue from the day after its due date.
     */
    public static Standing standing(RatingState state, boolean excluded, LocalDate due, LocalDate today) {
        if (state == RatingState.RECORDED || due == null) {
            return Standing.NONE;
        }
        if (state == RatingState.CLOSED) {
            return Standing.DONE;
        }
        if (excluded) {
            return Standing.EXCUSED;
        }
        if (today.isAfter(due)) {
            return Standing.OVERDUE;
        }
        return today.isEqual(due) ? Standing.DUE_TODAY : Standing.OPEN;
    }

    public static Standing standing(Rating rating, LocalDate today) {
        return standing(rating.state(), rating.excluded(), rating.followUpDue(), today);
    }
}
