package org.opencounty.coordination;

/**
 * A fact the platform holds that an indicator deducts for: its rule, what it is ({@code sourceType} task, case, guide)
 * and where to see it, and the sentence that explains it.
 */
public record ScoreFact(RuleKind rule, String sourceType, long sourceId, String url, String reason) {
}
