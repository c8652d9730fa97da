package org.opencounty.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.opencounty.common.TimeConfiguration;

/** Times as the page-design guideline shows them: {@code yyyy-MM-dd HH:mm}, Beijing time. */
public final class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeConfiguration.CHINA);

    private Dates() {
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
