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
import org.apache.lucene.search.TermQuery;
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
        Analyzer analyzer = org.opencounty.search.internal.ChineseLuceneAnalysis.analyzer();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            System.out.println("docs " + reader.numDocs() + ", segments " + reader.leaves().size());
            List<String> all = System.getProperty("words") != null ? List.of(System.getProperty("words").split(","))
                    : Stream.concat(SearchBench.ONE_WORD.stream(), SearchBench.TWO_WORDS.stream()).toList();
            for (String shape : List.of(System.getProperty("shapes", "current,perWord").split(","))) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long oneCpu = 0, twoCpu = 0;
                StringBuilder counts = new StringBuilder();
                Map<String, Long> perQuery = new java.util.LinkedHashMap<>();
                for (int round = 0; round <= rounds; round++) {
                    for (String words : all) {
                        Query q = shape.equals("flatShared") ? flatShared(searcher, analyzer, words, site) : build(shape, analyzer, words, site);
                        long t0 = threads.getCurrentThreadCpuTime();
                        TopDocs top = shape.equals("titledFirst") || shape.equals("tightTitled") || shape.equals("flatTitledFirst") ? titledFirst(searcher, analyzer, words, site, shape.equals("tightTitled"), shape.equals("flatTitledFirst") ? "flatMust" : "current")
                                : shape.equals("postFilter") ? postFiltered(searcher, analyzer, words, site)
                                : shape.equals("allTitled") || shape.equals("flatTitled") ? allTitled(searcher, analyzer, words, site, shape.equals("flatTitled"))
                                : searcher.search(q, new TopScoreDocCollectorManager(10, null, shape.equals("exact") ? Integer.MAX_VALUE : Integer.getInteger("threshold", 1000)));
                        long t = threads.getCurrentThreadCpuTime() - t0;
                        if (round > 0) {
                            if (words.contains(" ")) twoCpu += t; else oneCpu += t;
                            perQuery.merge(words, t, Long::sum);
                        }
                        if (round == rounds) {
                            counts.append(words).append('=').append(top.totalHits).append(' ');
                            if (shape.equals("titledFirst") || shape.equals("flatTitledFirst") || shape.equals("tightTitled") || shape.equals("postFilter") || shape.equals("present") || shape.equals("allTitled") || shape.equals("flatTitled") || shape.startsWith("flat")) {
                                int n = shape.startsWith("flat") ? 30 : 10;
                                if (n > 10) top = searcher.search(q, new TopScoreDocCollectorManager(n, null, 1000));
                                TopDocs full = searcher.search(build("current", analyzer, words, site), new TopScoreDocCollectorManager(n, null, 1000));
                                String a = java.util.Arrays.toString(java.util.Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + String.format("%.4f", d.score)).toArray());
                                String b = java.util.Arrays.toString(java.util.Arrays.stream(full.scoreDocs).map(d -> d.doc + ":" + String.format("%.4f", d.score)).toArray());
                                if (!a.equals(b)) {
                                    System.out.println("  DIFFERENT " + words + ": " + a + " vs " + b);
                                }
                            }
                            if (Boolean.getBoolean("print") && (words.equals("农村 道路") || words.equals("服务"))) {
                                System.out.println("  " + q);
                            }
                        }
                    }
                }
                if (Boolean.getBoolean("perQuery")) {
                    perQuery.forEach((w, t) -> System.out.printf("    %s %.2f ms%n", w, t / 1e6 / rounds));
                }
                System.out.printf("%s: one word %.2f ms, two words %.2f ms%n  %s%n", shape,
                        oneCpu / 1e6 / rounds / SearchBench.ONE_WORD.size(), twoCpu / 1e6 / rounds / SearchBench.TWO_WORDS.size(), counts);
            }
        }
    }

    /**
     * The flat disjunction searched alone, each article it hands the collector asked then whether it holds every
     * word: the words' filter is asked only about the articles the scores stop at, never led by.
     */
    static TopDocs postFiltered(IndexSearcher searcher, Analyzer analyzer, String words, long site) throws java.io.IOException {
        BooleanQuery flat = (BooleanQuery) build("flatMust", analyzer, words, site);
        BooleanQuery.Builder scores = new BooleanQuery.Builder();
        BooleanQuery.Builder wordsFilter = new BooleanQuery.Builder();
        for (var c : flat.clauses()) {
            if (c.occur() == Occur.FILTER && !(c.query() instanceof org.apache.lucene.search.PointRangeQuery)) wordsFilter.add(c.query(), Occur.FILTER);
            else scores.add(c);
        }
        if (Boolean.getBoolean("postFilterBody")) {
            // What one field holding every word of an article would cost as the filter (not the same matches).
            wordsFilter = new BooleanQuery.Builder();
            for (String word : words.split(" ")) {
                wordsFilter.add(new QueryBuilder(analyzer).createBooleanQuery("bodyText", word, Occur.MUST), Occur.FILTER);
            }
        }
        org.apache.lucene.search.Weight filter = searcher.createWeight(searcher.rewrite(wordsFilter.build()),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        var inner = new TopScoreDocCollectorManager(10, null, Integer.getInteger("threshold", 1000));
        return searcher.search(scores.build(), new org.apache.lucene.search.CollectorManager<org.apache.lucene.search.Collector, TopDocs>() {
            final List<org.apache.lucene.search.TopScoreDocCollector> collectors = new ArrayList<>();
            public org.apache.lucene.search.Collector newCollector() throws java.io.IOException {
                var c = inner.newCollector();
                collectors.add(c);
                return new org.apache.lucene.search.Collector() {
                    public org.apache.lucene.search.ScoreMode scoreMode() { return c.scoreMode(); }
                    public org.apache.lucene.search.LeafCollector getLeafCollector(LeafReaderContext context) throws java.io.IOException {
                        var s = filter.scorer(context);
                        if (s == null) throw new org.apache.lucene.search.CollectionTerminatedException();
                        var leaf = c.getLeafCollector(context);
                        var two = s.twoPhaseIterator();
                        var it = two == null ? s.iterator() : two.approximation();
                        return new org.apache.lucene.search.LeafCollector() {
                            public void setScorer(org.apache.lucene.search.Scorable scorer) throws java.io.IOException { leaf.setScorer(scorer); }
                            public void collect(int doc) throws java.io.IOException {
                                int d = it.docID();
                                if (d < doc) d = it.advance(doc);
                                if (d == doc && (two == null || two.matches())) leaf.collect(doc);
                            }
                        };
                    }
                };
            }
            public TopDocs reduce(java.util.Collection<org.apache.lucene.search.Collector> ignored) throws java.io.IOException {
                return inner.reduce(collectors);
            }
        });
    }

    static int fallbacks;

    /** As "flatMust", each term's statistics looked up once for the filter and the scores alike. */
    static Query flatShared(IndexSearcher searcher, Analyzer analyzer, String words, long site) throws java.io.IOException {
        if (!words.contains(" ")) {
            return build("current", analyzer, words, site);
        }
        Map<String, Float> fields = Map.of("title", 3f, "bodyText", 1f, "keywords", 1f);
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        BooleanQuery.Builder scores = new BooleanQuery.Builder();
        for (String word : words.split(" ")) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (var field : fields.entrySet()) {
                BooleanQuery.Builder allTokens = new BooleanQuery.Builder();
                List<String> tokens = tokens(analyzer, field.getKey(), word);
                for (String token : tokens) {
                    var term = new org.apache.lucene.index.Term(field.getKey(), token);
                    allTokens.add(new TermQuery(term, org.apache.lucene.index.TermStates.build(searcher, term, true)), Occur.MUST);
                }
                Query q = tokens.size() == 1 ? allTokens.build().clauses().get(0).query() : allTokens.build();
                anyField.add(q, Occur.SHOULD);
                scores.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
            }
            matches.add(anyField.build(), Occur.MUST);
        }
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery("title", words);
        Query filter = Boolean.getBoolean("filterPhrase") ? new BooleanQuery.Builder().add(matches.build(), Occur.SHOULD).add(phrase, Occur.SHOULD).build() : matches.build();
        scores.add(new BoostQuery(phrase, 4f), Occur.SHOULD);
        return new BooleanQuery.Builder().add(LongPoint.newExactQuery("siteId", site), Occur.FILTER).add(filter, Occur.FILTER)
                .add(scores.build(), Occur.MUST).build();
    }

    /** Titles first: the matches with a word in the title, and the rest only when they could reach the page. */
    static TopDocs titledFirst(IndexSearcher searcher, Analyzer analyzer, String words, long site, boolean tight, String base) throws java.io.IOException {
        Query full = build(words.contains(" ") ? base : "current", analyzer, words, site);
        Query titleAny = new QueryBuilder(analyzer).createBooleanQuery("title", words, Occur.SHOULD);
        if (tight) {
            // Only the articles whose title clause of a word can score (all its pieces), or the phrase.
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String w : words.split(" ")) {
                any.add(new QueryBuilder(analyzer).createBooleanQuery("title", w, Occur.MUST), Occur.SHOULD);
            }
            any.add(new QueryBuilder(analyzer).createPhraseQuery("title", words), Occur.SHOULD);
            titleAny = any.build();
        }
        Query titled = new BooleanQuery.Builder().add(full, Occur.MUST).add(titleAny, Occur.FILTER).build();
        long titleDocs = 0;
        for (String token : tokens(analyzer, "title", words)) {
            titleDocs += searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term("title", token));
        }
        if (titleDocs < 1000) {
            return searcher.search(full, new TopScoreDocCollectorManager(10, null, 1000));
        }
        TopDocs top = searcher.search(titled, new TopScoreDocCollectorManager(10, null, 1000));
        double bound = 0;
        for (String field : List.of("bodyText", "keywords")) {
            for (String token : tokens(analyzer, field, words)) {
                bound += best(searcher, field, token);
            }
        }
        boolean full10 = top.scoreDocs.length == 10;
        boolean many = top.totalHits.value() >= 1000;
        if (full10 && many && top.scoreDocs[9].score > bound * 1.0001) {
            return top;
        }
        fallbacks++;
        if (Boolean.getBoolean("printFallbacks")) System.out.printf("  fallback %s: full %s many %s last %.3f bound %.3f%n", words, full10, many, full10 ? top.scoreDocs[9].score : 0, bound);
        return searcher.search(full, new TopScoreDocCollectorManager(10, null, 1000));
    }

    /**
     * Titles holding every word first (or the phrase): an article outside them lacks at least one word's title clause
     * and the phrase, so it scores at most the bodies' and keywords' ceiling plus the other words' best title scores.
     */
    static TopDocs allTitled(IndexSearcher searcher, Analyzer analyzer, String words, long site, boolean flat) throws java.io.IOException {
        Query full = build("current", analyzer, words, site);
        String[] ws = words.split(" ");
        if (ws.length < 2) {
            return searcher.search(full, new TopScoreDocCollectorManager(10, null, 1000));
        }
        QueryBuilder qb = new QueryBuilder(analyzer);
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        double[] titleMax = new double[ws.length];
        double bound = 0;
        for (int i = 0; i < ws.length; i++) {
            every.add(qb.createBooleanQuery("title", ws[i], Occur.MUST), Occur.MUST);
            for (String token : tokens(analyzer, "title", ws[i])) {
                titleMax[i] += 3 * best(searcher, "title", token);
            }
            for (String field : List.of("bodyText", "keywords")) {
                for (String token : tokens(analyzer, field, ws[i])) {
                    bound += best(searcher, field, token);
                }
            }
        }
        double titles = java.util.Arrays.stream(titleMax).sum();
        double worstMissing = java.util.Arrays.stream(titleMax).map(t -> titles - t).max().orElse(0);
        bound += worstMissing;
        Query phrase = qb.createPhraseQuery("title", words);
        Query tier = new BooleanQuery.Builder().add(every.build(), Occur.SHOULD).add(phrase, Occur.SHOULD).build();
        Query scored;
        if (flat) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(LongPoint.newExactQuery("siteId", site), Occur.FILTER);
            for (String w : ws) {
                b.add(new BoostQuery(qb.createBooleanQuery("title", w, Occur.MUST), 3f), Occur.MUST);
                b.add(qb.createBooleanQuery("bodyText", w, Occur.MUST), Occur.SHOULD);
                Query kw = qb.createBooleanQuery("keywords", w, Occur.MUST);
                if (kw != null) b.add(kw, Occur.SHOULD);
            }
            b.add(new BoostQuery(phrase, 4f), Occur.SHOULD);
            scored = b.build();
        } else {
            scored = new BooleanQuery.Builder().add(full, Occur.MUST).add(tier, Occur.FILTER).build();
        }
        TopDocs top = searcher.search(scored, new TopScoreDocCollectorManager(10, null, 1000));
        if (top.scoreDocs.length == 10 && top.totalHits.value() >= 1000 && top.scoreDocs[9].score > bound * 1.0001) {
            return top;
        }
        fallbacks++;
        if (Boolean.getBoolean("printFallbacks")) System.out.printf("  fallback %s: last %.3f bound %.3f%n", words, top.scoreDocs.length == 10 ? top.scoreDocs[9].score : 0, bound);
        return searcher.search(full, new TopScoreDocCollectorManager(10, null, 1000));
    }

    /** The term's best score anywhere, from the impacts of each segment (titles first's ceiling, decision 18 until 25). */
    static float best(IndexSearcher searcher, String field, String token) throws java.io.IOException {
        var weight = searcher.createWeight(searcher.rewrite(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, token))),
                org.apache.lucene.search.ScoreMode.TOP_SCORES, 1f);
        float best = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var scorer = weight.scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                best = Math.max(best, scorer.getMaxScore(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS - 1));
            }
        }
        return best;
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws java.io.IOException {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    static Query build(String shape, Analyzer analyzer, String words, long site) {
        Query siteFilter = LongPoint.newExactQuery("siteId", site);
        Query phrase = new BoostQuery(new QueryBuilder(analyzer).createPhraseQuery("title", words), 4f);
        Query text;
        if (shape.equals("nofilter")) {
            BooleanQuery q = (BooleanQuery) build("perWord", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            q.clauses().stream().filter(c -> c.occur() != Occur.FILTER).forEach(b::add);
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
        if (shape.equals("tiered") || shape.equals("tieredTwo")) {
            // Titles holding every word first, a constant far above any score, the rest after them.
            Query whole = build("current", analyzer, words, site);
            if (shape.equals("tieredTwo") && !words.contains(" ")) {
                return whole;
            }
            SimpleQueryParser titles = new SimpleQueryParser(analyzer, Map.of("title", 1f),
                    SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS);
            titles.setDefaultOperator(Occur.MUST);
            Query tier = new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(titles.parse(words)), 1000f);
            return new BooleanQuery.Builder().add(whole, Occur.MUST).add(tier, Occur.SHOULD).build();
        }
        if (shape.equals("flatBodyFilter")) {
            // As "flatMust" with the words' filter on the body alone (not the same matches): what a filter of plain
            // postings, one field holding every word of the article, would cost.
            BooleanQuery q = (BooleanQuery) build("flatMust", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            BooleanQuery.Builder body = new BooleanQuery.Builder();
            for (String word : words.split(" ")) {
                body.add(new QueryBuilder(analyzer).createBooleanQuery("bodyText", word, Occur.MUST), Occur.MUST);
            }
            for (var c : q.clauses()) {
                if (c.occur() != Occur.FILTER || c.query() instanceof org.apache.lucene.search.PointRangeQuery) b.add(c);
            }
            return b.add(body.build(), Occur.FILTER).build();
        }
        if (shape.equals("flatNoFilter")) {
            // As "flatMust" without the words' filter (not the same matches): what the filter costs.
            BooleanQuery q = (BooleanQuery) build("flatMust", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (var c : q.clauses()) {
                if (c.occur() != Occur.FILTER || c.query() instanceof org.apache.lucene.search.PointRangeQuery) b.add(c);
            }
            return b.build();
        }
        if (shape.equals("present")) {
            // What the platform asks (decision 28): "flatMust" with the words' filter as bit sets (WordsPresent).
            BooleanQuery q = (BooleanQuery) build("flatMust", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (var c : q.clauses()) {
                if (c.occur() != Occur.FILTER || c.query() instanceof org.apache.lucene.search.PointRangeQuery) b.add(c);
            }
            return b.add(org.opencounty.search.internal.WordsPresent.of(analyzer, words, words), Occur.FILTER).build();
        }
        if (shape.equals("flatMust")) {
            // As "flat", the disjunction one required clause beside the filters.
            BooleanQuery q = (BooleanQuery) build("flat", analyzer, words, site);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            BooleanQuery.Builder scores = new BooleanQuery.Builder();
            for (var c : q.clauses()) {
                if (c.occur() == Occur.FILTER) b.add(c); else scores.add(c);
            }
            return b.add(scores.build(), Occur.MUST).build();
        }
        if (shape.equals("flat")) {
            // The same matches (every word somewhere, or the title phrase) as a filter that does not score, and the
            // scores as one flat disjunction of each word's clause in each field: WAND can then pass over the
            // articles whose clauses cannot reach the page.
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 3f, "bodyText", 1f, "keywords", 1f),
                    SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS);
            parser.setDefaultOperator(Occur.MUST);
            Query matches = new BooleanQuery.Builder().add(parser.parse(words), Occur.SHOULD).add(phrase, Occur.SHOULD).build();
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(siteFilter, Occur.FILTER).add(matches, Occur.FILTER);
            QueryBuilder qb = new QueryBuilder(analyzer);
            for (String word : words.split(" ")) {
                b.add(new BoostQuery(qb.createBooleanQuery("title", word, Occur.MUST), 3f), Occur.SHOULD);
                b.add(qb.createBooleanQuery("bodyText", word, Occur.MUST), Occur.SHOULD);
                Query kw = qb.createBooleanQuery("keywords", word, Occur.MUST);
                if (kw != null) b.add(kw, Occur.SHOULD);
            }
            b.add(phrase, Occur.SHOULD);
            return b.build();
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
