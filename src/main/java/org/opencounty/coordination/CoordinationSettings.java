package org.opencounty.coordination;

import org.opencounty.calendar.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of unit coordination. No standard sets them, so they are configuration.
 *
 * @param reminderDays working days before a task's deadline at which its open units are reminded (0: on the day)
 * @param cron         when the sweep runs (conditions checked, reminders sent; Asia/Shanghai); "-" turns it off
 * @param region       whose holidays a deadline in working days counts on
 * @param circularPrefix the 发文机关代字 of the center's circulars: 文号 are "{prefix}〔{year}〕{n}号"
 */
@ConfigurationProperties("opencounty.coordination")
public record CoordinationSettings(Integer reminderDays, String cron, Region region, String circularPrefix) {

    public CoordinationSettings {
        reminderDays = reminderDays == null ? 2 : reminderDays;
        cron = cron == null ? "0 */10 * * * *" : cron;
        region = region == null ? Region.XJ : region;
        circularPrefix = circularPrefix == null || circularPrefix.isBlank() ? "巴政务通" : circularPrefix.strip();
        if (reminderDays < 0 || reminderDays > 30) {
            throw new IllegalArgumentException("opencounty.coordination.reminder-days must be 0..30: " + reminderDays);
        }
    }
}
