package org.opencounty.supervision;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supervision rules' numbers. No national standard sets them (STANDARDS.md §5 lists local rules only), so
 * every one is configuration; the defaults follow the local rules found: a prompt one working day before the
 * limit, a red card when a yellow-carded case is still open five working days later.
 *
 * @param warningDays     预警 when at most this many working days are left (0: on the due date only)
 * @param redFollowUpDays working days a unit has after a yellow card (督办期限) before the red card
 * @param cron            when the scheduled sweep runs (Asia/Shanghai); "-" turns it off
 * @param eventLimit      a sweep issuing at most this many signals publishes a {@link SignalIssued} for each
 * @param grading         the thresholds of the quarterly grade
 */
@ConfigurationProperties("opencounty.supervision")
public record SupervisionSettings(Integer warningDays, Integer redFollowUpDays, String cron, Integer eventLimit, Grading grading) {

    /**
     * 优秀: on-time rate at least {@code excellentOnTimePercent} and at most {@code excellentMaxRedCards} red cards;
     * 良好, 合格: on-time rate at least the given percentage; 不合格 below; a unit with fewer than {@code minimumCases}
     * cases completed (with a promised limit) in the period is 样本不足 instead.
     */
    public record Grading(BigDecimal excellentOnTimePercent, Integer excellentMaxRedCards, BigDecimal goodOnTimePercent,
                          BigDecimal passOnTimePercent, Integer minimumCases) {

        public Grading {
            minimumCases = minimumCases == null ? 10 : minimumCases;
            if (minimumCases < 1) {
                throw new IllegalArgumentException("opencounty.supervision.grading.minimum-cases must be at least 1: " + minimumCases);
            }
            excellentOnTimePercent = excellentOnTimePercent == null ? new BigDecimal("98") : excellentOnTimePercent;
            excellentMaxRedCards = excellentMaxRedCards == null ? 0 : excellentMaxRedCards;
            goodOnTimePercent = goodOnTimePercent == null ? new BigDecimal("90") : goodOnTimePercent;
            passOnTimePercent = passOnTimePercent == null ? new BigDecimal("80") : passOnTimePercent;
            if (excellentOnTimePercent.compareTo(goodOnTimePercent) < 0 || goodOnTimePercent.compareTo(passOnTimePercent) < 0) {
                throw new IllegalArgumentException("opencounty.supervision.grading: thresholds must not rise from 优秀 to 合格");
            }
        }
    }

    public SupervisionSettings {
        warningDays = warningDays == null ? 1 : warningDays;
        redFollowUpDays = redFollowUpDays == null ? 5 : redFollowUpDays;
        cron = cron == null ? "0 */10 * * * *" : cron;
        eventLimit = eventLimit == null ? 100 : eventLimit;
        grading = grading == null ? new Grading(null, null, null, null, null) : grading;
        if (warningDays < 0 || warningDays > 30) {
            throw new IllegalArgumentException("opencounty.supervision.warning-days must be 0..30: " + warningDays);
        }
        if (redFollowUpDays < 1 || redFollowUpDays > 60) {
            throw new IllegalArgumentException("opencounty.supervision.red-follow-up-days must be 1..60: " + redFollowUpDays);
        }
    }
}
