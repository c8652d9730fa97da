package org.opencounty.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.store.FSDirectory;

/**
 * Experiment (not part of the suite): the articles' query in several shapes straight on the benchmark's Lucene index
 * (target/bench-search/search/article), thread CPU and hits counted, so that shapes compare without the platform.
 * {@code java -cp … org.opencounty.bench.QueryShapes target/bench-search/search/article}
 */
public final class QueryShapes {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-search/search/article");
        long site = Long.getLong("site", 1);
        int rounds = Integer.getInteger("rounds", 5);
        Analyzer analyzer = new SmartChineseAnalyzer();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            System.out.println("docs " + reader.numDocs() + ", segments " + reader.leaves().size());
            List<String> all = Stream.concat(SearchBench.ONE_WORD.stream(), SearchBench.TWO_WORDS.stream()).toList();
            for (String shape : List.of(System.getProperty("shapes", "current,perWord").split(","))) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long oneCpu = 0, twoCpu = 0;
                StringBuilder counts = new StringBuilder();
                for (int round = 0; round <= rounds; round++) {
                    for (String words : all) {
                        Query q = build(shape, analyzer, words, site);
                        long t0 = threads.getCurrentThreadCpuTime();
                        TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, null, shape.equals("exact") ? Integer.MAX_VALUE : 1000));
                        long t = threads.getCurrentThreadCpuTime() - t0;
                        if (round > 0) {
                            if (words.contains(" ")) twoCpu += t; else oneCpu += t;
                        }
                        if (round == rounds) {
                            counts.append(words).append('=').append(top.totalHits).append(' ');
                            if (Boolean.getBoolean("print") && (words.equals("农村 道路") || words.equals("服务"))) {
                                System.out.println("  " + q);
                            }
                        }
                    }
                }
                System.out.printf("%s: one word %.2f ms, two words %.2f ms%n  %s%n", shape,
                        oneCpu / 1e6 / rounds / SearchBench.ONE_WORD.size(), twoCpu / 1e6 / rounds / SearchBench.TWO_WORDS.size(), counts);
            }
        }
    }

    static Query build(String shape, Analyzer analyzer, String words, long site) {
        Query siteFilter = LongPoint.newExactQuery("siteId", site);
        Query phrase = new BoostQuery(new QueryBuilder(analyzer).createPhraseQuery("title", words), 4f);
        Query text;
        if (shape.equals("nofilter")) {
            BooleanQuery q = (BooleanQuery) build("perWord", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            q.clauses().stream().filter(c -> c.getOccur() != Occur.FILTER).forEach(b::add);
            return b.build();
        }
        if (shape.equals("titles")) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(siteFilter, Occur.FILTER);
            for (String word : words.split(" ")) {
                b.add(new QueryBuilder(analyzer).createBooleanQuery("title", word, Occur.MUST), Occur.MUST);
            }
            return b.build();
        }
        if (shape.equals("exact")) {
            return build("current", analyzer, words, site);
        }
        if (shape.equals("current")) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 3f, "bodyText", 1f, "keywords", 1f),
                    SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS);
            parser.setDefaultOperator(Occur.MUST);
            text = new BooleanQuery.Builder().add(parser.parse(words), Occur.SHOULD).add(phrase, Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1).build();
        } else {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(siteFilter, Occur.FILTER);
            boolean first = true;
            for (String word : words.split(" ")) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                QueryBuilder qb = new QueryBuilder(analyzer);
                any.add(new BoostQuery(qb.createBooleanQuery("title", word, Occur.MUST), 3f), Occur.SHOULD);
                any.add(qb.createBooleanQuery("bodyText", word, Occur.MUST), Occur.SHOULD);
                Query kw = qb.createBooleanQuery("keywords", word, Occur.MUST);
                if (kw != null) any.add(kw, Occur.SHOULD);
                if (first && words.contains(" ")) {
                    any.add(phrase, Occur.SHOULD);
                }
                first = false;
                all.add(any.build(), Occur.MUST);
            }
            if (!words.contains(" ")) {
                return build("current", analyzer, words, site);
            }
            return all.build();
        }
        return new BooleanQuery.Builder().add(siteFilter, Occur.FILTER).add(text, Occur.MUST).build();
    }
}
