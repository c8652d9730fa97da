package org.opencounty.documents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an unsigned document is reminded (催办): no national rule gives a number, so the defaults are the issue's: one
 * working day for ordinary and 加急 documents, two hours for 特急.
 *
 * @param signWorkingDays   working days a receiving unit has to sign for a document
 * @param veryUrgentSignBy  how long it has for a 特急 one
 * @param reminderCron      when the reminder sweep runs (Asia/Shanghai); "-" turns it off
 */
@ConfigurationProperties("opencounty.documents")
public record DocumentSettings(Integer signWorkingDays, Duration veryUrgentSignBy, String reminderCron) {

    public DocumentSettings {
        signWorkingDays = signWorkingDays == null ? 1 : signWorkingDays;
        veryUrgentSignBy = veryUrgentSignBy == null ? Duration.ofHours(2) : veryUrgentSignBy;
        reminderCron = reminderCron == null ? "0 */10 * * * *" : reminderCron;
        if (signWorkingDays < 1 || signWorkingDays > 30) {
            throw new IllegalArgumentException("opencounty.documents.sign-working-days must be 1..30: " + signWorkingDays);
        }
        if (veryUrgentSignBy.isNegative() || veryUrgentSignBy.isZero()) {
            throw new IllegalArgumentException("opencounty.documents.very-urgent-sign-by must be positive: " + veryUrgentSignBy);
        }
    }
}
