package org.opencounty.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis an index folder's documents were written with ({@link ChineseLuceneAnalysis#fingerprint()}), recorded
 * beside the index's folders in {@code analysis.txt}: the check at start ({@link SearchIndexBootstrap}) and the search
 * bench write the documents again when it is not this process's.
 */
public final class AnalysisRecord {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRecord.class);

    private final Path file;

    /** The record of the index folders under {@code root} (the Lucene backend's directory root). */
    public AnalysisRecord(Path root) {
        this.file = root.resolve("analysis.txt");
    }

    /** What is recorded; null when nothing is, or it cannot be read (then the documents are written again). */
    public String recorded() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            log.warn("Search index's analysis not readable from {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** Whether the documents were written with the analysis this process searches with. */
    public boolean isCurrent() {
        return ChineseLuceneAnalysis.fingerprint().equals(recorded());
    }

    /**
     * Records this process's analysis, once the index holds every document analysed this way: a check cut short runs
     * again at the next start. Not recorded (a warning), the documents are only written again then.
     */
    public void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ChineseLuceneAnalysis.fingerprint() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Search index's analysis not recorded in {}: {}", file, e.getMessage());
        }
    }
}
