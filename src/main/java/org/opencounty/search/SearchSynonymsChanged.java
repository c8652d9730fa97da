package org.opencounty.search;

/** The center added or removed a group of synonyms: the same words now find other articles (kept search pages go). */
public record SearchSynonymsChanged(long siteId, String by) {
}
