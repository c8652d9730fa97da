package org.opencounty.screening;

import java.util.Objects;

/**
 * A word or phrase that must not appear on the website (notice 2013-38, forbidden items 1, 2 and 5),
 * maintained by the center; the category is shown to the submitter so they know why.
 */
public record ProhibitedTerm(String term, String category) {

    public ProhibitedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
    }
}
