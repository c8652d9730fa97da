package org.opencounty.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
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

    private static final String WORDS = "domain-words.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PublishedArticle.CHINESE).instance(analyzer());
    }

    /** The analyzer as the index has it, for the bench's experiments on the index's files (QueryShapes). */
    public static Analyzer analyzerForExperiments() {
        return analyzer();
    }

    /** smartcn followed by the county's words: the same when indexing and when searching. */
    static Analyzer analyzer() {
        Set<String> words = words();
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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("smartcn " + org.apache.lucene.util.Version.LATEST.major + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(String.join("\n", words().stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> words() {
        try (InputStream in = ChineseLuceneAnalysis.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException(WORDS + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
