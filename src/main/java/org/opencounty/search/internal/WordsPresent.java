package org.opencounty.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;

/**
 * Which articles a search of two words or more may show: every word (or one of its synonyms) somewhere in the title,
 * the body or the keywords, or the typed words together in the title. The same matches as Hibernate Search's simple
 * query string and phrase over those fields, answered as one bit set a segment made from each word's postings whole,
 * and never scored.
 *
 * <p>Why not the query itself: asked article by article, the filter is a conjunction of each word's three fields, and
 * for words that each stand in a fifth to a half of a million bodies walking it cost as much as the scores themselves
 * (docs/adr/0029-search-speed.md, decision 28). Lucene 10 writes a word's postings into a bit set a block at a time, so
 * the words' bit sets, intersected, cost about 2 ms for the bench's pairs at a million articles, and the search then
 * asks one bit per article.
 *
 * <p>On the in-process index only: on OpenSearch the filter stays Hibernate Search's.
 */
public final class WordsPresent extends Query {

    /** The operators of SiteSearch's simple query strings (words, OR and grouping), in Lucene's own flags. */
    private static final int PLAIN_TEXT = SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS;

    private final Query matches;
    /** What the bit sets are made from: {@link #matches}, without the phrase where every word then holds anyway. */
    private final Query madeFrom;

    private WordsPresent(Query matches, Query madeFrom) {
        this.matches = matches;
        this.madeFrom = madeFrom;
    }

    /**
     * @param analyzer the fields' search analyzer (the index's, so the words are cut as Hibernate Search cuts them)
     * @param words    the words with the center's synonyms as alternatives ({@code a (b | c)}), as the simple query string
     *                 is given them
     * @param text     the words as typed, for the title phrase
     */
    public static Query of(Analyzer analyzer, String words, String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 1f, "bodyText", 1f, "keywords", 1f),
                PLAIN_TEXT);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query everyWord = parser.parse(words);
        if (everyWord != null) {
            either.add(everyWord, BooleanClause.Occur.SHOULD);
        }
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery("title", text);
        if (phrase != null) {
            either.add(phrase, BooleanClause.Occur.SHOULD);
        }
        // Most often the phrase's words are the words themselves, so a title holding the phrase holds every word and
        // the phrase adds no article: asking it would read the positions of every title holding its words (a third
        // of the bit sets' time for the bench's pairs).
        Set<Term> phraseTerms = phrase == null ? null : titleTerms(phrase);
        boolean phraseAddsNothing = everyWord != null && phraseTerms != null && holdsIfTitleHolds(everyWord, phraseTerms);
        Query matches = either.build();
        return new WordsPresent(matches, phraseAddsNothing ? everyWord : matches);
    }

    /** The terms a title matching the phrase holds, or null when that cannot be told simply. */
    private static Set<Term> titleTerms(Query phrase) {
        return switch (phrase) {
            case TermQuery term -> Set.of(term.getTerm());
            case PhraseQuery terms -> Set.copyOf(Arrays.asList(terms.getTerms()));
            default -> null;
        };
    }

    /** Whether every article whose title holds {@code terms} matches {@code query}; false when that cannot be told. */
    private static boolean holdsIfTitleHolds(Query query, Set<Term> terms) {
        return switch (query) {
            case BoostQuery boosted -> holdsIfTitleHolds(boosted.getQuery(), terms);
            case ConstantScoreQuery constant -> holdsIfTitleHolds(constant.getQuery(), terms);
            case TermQuery term -> terms.contains(term.getTerm());
            case SynonymQuery synonyms -> synonyms.getTerms().stream().anyMatch(terms::contains);
            case BooleanQuery bool when bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream()
                    .noneMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT) ->
                    bool.clauses().stream().anyMatch(BooleanClause::isRequired)
                            ? bool.clauses().stream().filter(BooleanClause::isRequired)
                                    .allMatch(c -> holdsIfTitleHolds(c.query(), terms))
                            : bool.clauses().stream().anyMatch(c -> holdsIfTitleHolds(c.query(), terms));
            default -> false;
        };
    }

    /** The same matches as a query of Lucene's own, asked article by article (for the tests' comparison). */
    public Query matches() {
        return matches;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        AskedEach askedEach = new AskedEach(searcher);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet present = new FixedBitSet(context.reader().maxDoc());
                addMatching(madeFrom, context, askedEach, present);
                int count = present.cardinality();
                if (count == 0) {
                    return null;
                }
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score, scoreMode, new BitSetIterator(present, count));
                    }

                    @Override
                    public long cost() {
                        return count;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                // Made anew for each search's words: kept, it would only push out filters asked again.
                return false;
            }
        };
    }

    /** Sets the bits of the articles {@code query} matches in this segment. */
    private static void addMatching(Query query, LeafReaderContext context, AskedEach askedEach, FixedBitSet into)
            throws IOException {
        switch (query) {
            case BoostQuery boosted -> addMatching(boosted.getQuery(), context, askedEach, into);
            case ConstantScoreQuery constant -> addMatching(constant.getQuery(), context, askedEach, into);
            case TermQuery term -> addPostings(term.getTerm(), context, into);
            case SynonymQuery synonyms -> {
                for (Term term : synonyms.getTerms()) {
                    addPostings(term, context, into);
                }
            }
            case BooleanQuery bool when bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream()
                    .noneMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT) -> {
                if (bool.clauses().stream().anyMatch(BooleanClause::isRequired)) {
                    into.or(allOf(bool, context, askedEach));
                } else {
                    for (BooleanClause clause : bool.clauses()) {
                        addMatching(clause.query(), context, askedEach, into);
                    }
                }
            }
            default -> addAskingEach(query, context, askedEach, into);
        }
    }

    /** The articles matching every required clause (the optional ones beside them only score). */
    private static FixedBitSet allOf(BooleanQuery bool, LeafReaderContext context, AskedEach askedEach) throws IOException {
        FixedBitSet all = null;
        for (BooleanClause clause : bool.clauses()) {
            if (!clause.isRequired()) {
                continue;
            }
            FixedBitSet these = new FixedBitSet(context.reader().maxDoc());
            addMatching(clause.query(), context, askedEach, these);
            if (all == null) {
                all = these;
            } else {
                all.and(these);
            }
            if (all.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
        }
        return all;
    }

    private static void addPostings(Term term, LeafReaderContext context, FixedBitSet into) throws IOException {
        Terms terms = context.reader().terms(term.field());
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        if (termsEnum.seekExact(term.bytes())) {
            into.or(termsEnum.postings(null, PostingsEnum.NONE));
        }
    }

    /** Anything else (the title phrase): asked article by article, as Lucene would. */
    private static void addAskingEach(Query query, LeafReaderContext context, AskedEach askedEach, FixedBitSet into)
            throws IOException {
        Scorer scorer = askedEach.weight(query).scorer(context);
        if (scorer == null) {
            return;
        }
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        if (twoPhase == null) {
            into.or(scorer.iterator());
            return;
        }
        DocIdSetIterator approximation = twoPhase.approximation();
        for (int doc = approximation.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = approximation.nextDoc()) {
            if (twoPhase.matches()) {
                into.set(doc);
            }
        }
    }

    /**
     * The weights of the clauses asked article by article, made once a search: a phrase's weight looks its terms up in
     * every segment, so made again for each segment it cost that many times over.
     */
    private static final class AskedEach {
        private final IndexSearcher searcher;
        private final Map<Query, Weight> weights = new ConcurrentHashMap<>();

        AskedEach(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        Weight weight(Query query) throws IOException {
            Weight weight = weights.get(query);
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                weights.put(query, weight);
            }
            return weight;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        matches.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "wordsPresent(" + matches.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && matches.equals(((WordsPresent) other).matches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), matches);
    }
}
