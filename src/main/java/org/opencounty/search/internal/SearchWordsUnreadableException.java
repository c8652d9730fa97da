package org.opencounty.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The deployment's word list ({@code OPENCOUNTY_SEARCH_WORDS}) is named and cannot be read: the start stops, and
 * {@link SearchWordsFailureAnalyzer} says so in plain words, not a few causes deep under Hibernate Search's error.
 */
public class SearchWordsUnreadableException extends UncheckedIOException {

    private final transient Path file;

    SearchWordsUnreadableException(Path file, IOException cause) {
        super(ChineseLuceneAnalysis.OWN_WORDS + " names a file that cannot be read: " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
