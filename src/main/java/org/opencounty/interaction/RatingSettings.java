package org.opencounty.interaction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of 好差评 (docs/interaction.md, Ratings).
 *
 * @param ratingDays   calendar days after the answer or decision within which the citizen may rate
 * @param followUpDays working days the unit has for the 回访 of a 差评 (STANDARDS.md §6: locally 15 or 5)
 */
@ConfigurationProperties("opencounty.interaction")
public record RatingSettings(Integer ratingDays, Integer followUpDays) {

    public RatingSettings {
        ratingDays = ratingDays == null ? 30 : ratingDays;
        followUpDays = followUpDays == null ? 15 : followUpDays;
        if (ratingDays < 1 || followUpDays < 1) {
            throw new IllegalArgumentException("opencounty.interaction.rating-days and follow-up-days must be at least 1");
        }
    }
}
