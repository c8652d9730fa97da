package org.opencounty.grassroots;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The grassroots rules' numbers. The law says "at least quarterly", "monthly", "at once" and that villagers' queries are
 * answered; how many days those mean is local practice, so each is configuration.
 *
 * @param graceDays           days after a month or quarter within which its disclosure is on time (default 10: by the 10th)
 * @param majorMatterDays     days after a major matter within which it is disclosed "at once" (default 5)
 * @param questionAnswerDays  days a village has to answer a villager's question (质询) (default 10)
 * @param announcementDays    the default length of a party 公示 in days (default 5)
 */
@ConfigurationProperties("opencounty.grassroots")
public record GrassrootsSettings(Integer graceDays, Integer majorMatterDays, Integer questionAnswerDays, Integer announcementDays) {

    public GrassrootsSettings {
        graceDays = positive("grace-days", graceDays, 10);
        majorMatterDays = positive("major-matter-days", majorMatterDays, 5);
        questionAnswerDays = positive("question-answer-days", questionAnswerDays, 10);
        announcementDays = positive("announcement-days", announcementDays, 5);
    }

    public Timeliness timeliness() {
        return new Timeliness(graceDays, majorMatterDays);
    }

    private static int positive(String name, Integer value, int otherwise) {
        int days = value == null ? otherwise : value;
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("opencounty.grassroots." + name + " must be between 1 and 366: " + days);
        }
        return days;
    }
}
