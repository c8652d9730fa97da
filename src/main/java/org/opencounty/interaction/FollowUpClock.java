package org.opencounty.interaction;

import java.time.LocalDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;

/** When the 回访 of a 差评 is due: the given working days after the day of the rating, on the platform calendar. */
public final class FollowUpClock {

    private FollowUpClock() {
    }

    public static LocalDate due(WorkingDays calendar, LocalDate ratedOn, int workingDays, Region region) {
        return calendar.dueDate(ratedOn, workingDays, region).dueDate();
    }
}
