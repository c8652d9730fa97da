package org.opencounty.interaction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of public interaction (docs/interaction.md). Reply limits in working days default to the common 通报
 * thresholds (STANDARDS.md §2.4: simple consultations within 5 working days); the early flag for a message left
 * unanswered comes long before the three months that are a single veto (§2.2 互动回应差).
 *
 * @param consultDays              咨询 reply limit (working days)
 * @param complaintDays            投诉
 * @param suggestionDays           建议
 * @param errorReportDays          找错
 * @param leaderMailboxDays        领导信箱
 * @param nearDueDays              near-due when at most this many working days are left
 * @param longUnansweredDays       calendar days unanswered after which a message is flagged (the veto is about 90)
 * @param maxContentLength         characters of a message's or request's text
 * @param messagesPerAddressPerHour messages one client address may leave in an hour
 * @param messagesPerAccountPerDay  messages one account may leave in a day
 * @param correctionPeriodDays     working days an applicant has to answer a 补正 notice
 * @param feePaymentDays           working days to pay a fee notice (STANDARDS.md §3.5: not fixed nationally)
 */
@ConfigurationProperties("opencounty.interaction")
public record InteractionSettings(Integer consultDays, Integer complaintDays, Integer suggestionDays, Integer errorReportDays,
                                  Integer leaderMailboxDays, Integer nearDueDays, Integer longUnansweredDays, Integer maxContentLength,
                                  Integer messagesPerAddressPerHour, Integer messagesPerAccountPerDay, Integer correctionPeriodDays,
                                  Integer feePaymentDays) {

    public InteractionSettings {
        consultDays = positive(consultDays, 5, "consult-days");
        complaintDays = positive(complaintDays, 10, "complaint-days");
        suggestionDays = positive(suggestionDays, 10, "suggestion-days");
        errorReportDays = positive(errorReportDays, 3, "error-report-days");
        leaderMailboxDays = positive(leaderMailboxDays, 10, "leader-mailbox-days");
        nearDueDays = nearDueDays == null ? 1 : nearDueDays;
        longUnansweredDays = positive(longUnansweredDays, 45, "long-unanswered-days");
        maxContentLength = positive(maxContentLength, 2000, "max-content-length");
        messagesPerAddressPerHour = positive(messagesPerAddressPerHour, 5, "messages-per-address-per-hour");
        messagesPerAccountPerDay = positive(messagesPerAccountPerDay, 10, "messages-per-account-per-day");
        correctionPeriodDays = positive(correctionPeriodDays, 15, "correction-period-days");
        feePaymentDays = positive(feePaymentDays, 20, "fee-payment-days");
        if (longUnansweredDays >= 90) {
            throw new IllegalArgumentException("opencounty.interaction.long-unanswered-days must flag before the 3 months of the veto: " + longUnansweredDays);
        }
    }

    /** The reply limit of a category, in working days. */
    public int replyDays(MessageCategory category) {
        return switch (category) {
            case CONSULT -> consultDays;
            case COMPLAINT -> complaintDays;
            case SUGGESTION -> suggestionDays;
            case ERROR_REPORT -> errorReportDays;
            case LEADER_MAILBOX -> leaderMailboxDays;
        };
    }

    private static int positive(Integer value, int fallback, String name) {
        int result = value == null ? fallback : value;
        if (result < 1) {
            throw new IllegalArgumentException("opencounty.interaction." + name + " must be at least 1: " + result);
        }
        return result;
    }
}
