package org.opencounty.grassroots;

import java.util.List;

/**
 * What an officer writes for a village disclosure: the village (its unit code), the category, the period as
 * {@link DisclosurePeriod#parse} reads it, title and text, and for finance the statement, for subsidies the list.
 */
public record VillageDraft(String village, VillageCategory category, String period, String title, String body,
                           FinanceInput finance, List<Subsidy> subsidies) {
}
