package org.opencounty.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.opencounty.content.PublishedArticle;

/**
 * Chinese text is split into words by Lucene's smartcn analyzer (a hidden-Markov word segmenter), with the county's
 * own words it does not know joined again ({@link DomainWordFilter}).
 */
public class ChineseLuceneAnalysis implements LuceneAnalysisConfigurer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChineseLuceneAnalysis.class);

    private static final String WORDS = "domain-words.txt";
    /**
     * A file of the deployment's own words besides the list in the jar (its townships, its villages, its programmes),
     * one a line as there: read from the environment because Hibernate Search makes this class, not Spring.
     */
    static final String OWN_WORDS = "OPENCOUNTY_SEARCH_WORDS";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PublishedArticle.CHINESE).instance(analyzer());
    }

    /**
     * smartcn followed by the county's words: the same when indexing and when searching. Public for the bench's
     * experiments on the index's files (QueryShapes).
     */
    public static Analyzer analyzer() {
        return analyzer(words());
    }

    static Analyzer analyzer(Set<String> words) {
        SmartChineseAnalyzer smartcn = new SmartChineseAnalyzer();
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return smartcn;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new DomainWordFilter(components.getTokenStream(), words));
            }
        };
    }

    /**
     * What the index's words depend on besides the mapping: a different value means the documents were analysed
     * otherwise and must be written again ({@link SearchIndexBootstrap}).
     */
    public static String fingerprint() {
        return fingerprint(words());
    }

    static String fingerprint(Set<String> words) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("smartcn " + org.apache.lucene.util.Version.LATEST.major + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(String.join("\n", words.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The jar's list and the deployment's own file ({@value #OWN_WORDS}), when one is named: read once, so that the
     * analyzer and the fingerprint the index check records are made from the same words even if the file changes
     * while the platform runs (a change counts from the next start).
     */
    static Set<String> words() {
        return ProcessWords.WORDS;
    }

    /** Read when first asked for (the holder idiom), not when the class loads: a missing file fails that first use. */
    private static final class ProcessWords {
        private static final Set<String> WORDS = words(ownWordsFile());

        private static Path ownWordsFile() {
            String own = System.getenv(OWN_WORDS);
            return own == null || own.isBlank() ? null : Path.of(own);
        }
    }

    static Set<String> words(Path own) {
        Set<String> words = new java.util.HashSet<>();
        try (InputStream in = ChineseLuceneAnalysis.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException(WORDS + " is missing from the jar");
            }
            words.addAll(lines(new String(in.readAllBytes(), StandardCharsets.UTF_8), WORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(WORDS + " not readable from the jar", e);
        }
        if (own != null) {
            // A file named and not readable stops the start: searching without the county's words would find their
            // characters scattered again, and the index would be rewritten twice.
            try {
                words.addAll(lines(Files.readString(own, StandardCharsets.UTF_8), own.toString()));
            } catch (IOException e) {
                throw new SearchWordsUnreadableException(own, e);
            }
        }
        return Set.copyOf(words);
    }

    /** The words of a list: one a line, # for comments; a line that is not two Chinese characters or more is left out. */
    private static List<String> lines(String text, String source) {
        List<String> words = new java.util.ArrayList<>();
        text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            if (line.length() >= 2 && line.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                words.add(line);
            } else {
                log.warn("Search word list {}: \"{}\" left out, a word is two Chinese characters or more", source, line);
            }
        });
        return words;
    }
}
