package org.opencounty.grassroots;

import java.time.LocalDate;

/** Where a 公示 stands on a day: not begun, open for objections (公示中), or over (公示期满). */
public enum AnnouncementStatus {
    NOT_STARTED("待公示"), OPEN("公示中"), ENDED("公示期满");

    private final String label;

    AnnouncementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Both days count: a 公示 from the 1st to the 5th is open on the 5th and over on the 6th. */
    public static AnnouncementStatus on(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn)) {
            return NOT_STARTED;
        }
        return today.isAfter(endsOn) ? ENDED : OPEN;
    }
}
