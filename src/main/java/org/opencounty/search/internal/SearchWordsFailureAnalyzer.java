package org.opencounty.search.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * What the person starting the platform reads when the word list it names is missing: the file, why, and what to do.
 * Registered in {@code META-INF/spring.factories}. The list is read while Hibernate Search starts, inside the class
 * initialiser that keeps it for the process, so without this the message sat under three other errors.
 */
class SearchWordsFailureAnalyzer extends AbstractFailureAnalyzer<SearchWordsUnreadableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SearchWordsUnreadableException cause) {
        return new FailureAnalysis(
                "The search word list named by " + ChineseLuceneAnalysis.OWN_WORDS + " cannot be read: " + cause.file()
                        + " (" + cause.getCause() + ").",
                "Name a readable file of words, one a line (docs/examples/search-words-barkol.txt), or unset "
                        + ChineseLuceneAnalysis.OWN_WORDS + " to search with the words in the jar only.",
                cause);
    }
}
