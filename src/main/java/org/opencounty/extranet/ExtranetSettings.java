package org.opencounty.extranet;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The rollout's deadline: notice 2013-38 ordered every unit onto the extranet by June 15; a county starting a rollout
 * sets its own date.
 *
 * @param deadline the day by which every unit should be connected (已接通 or 已验收)
 */
@ConfigurationProperties("opencounty.extranet")
public record ExtranetSettings(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    public ExtranetSettings {
        deadline = deadline == null ? LocalDate.of(2026, 6, 15) : deadline;
    }
}
