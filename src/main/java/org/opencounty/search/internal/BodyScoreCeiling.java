package org.opencounty.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.opencounty.content.PublishedArticle;
import org.springframework.stereotype.Component;

/**
 * The most an article can score from its body and keywords alone for the words of a search, read from the index's
 * impacts (the best frequency and length each term has anywhere, which Lucene keeps for skipping): an article without
 * any of the words in its title scores at most this. Lucene's BM25 with the same statistics as the search, so the
 * ceiling holds for every clause the search builds from the words: a term, a conjunction or a phrase of terms scores
 * at most the sum of its terms' best scores (docs/adr/0029-search-speed.md, decision 18).
 *
 * <p>Only on the in-process Lucene index: on OpenSearch there is no reader here, and the search runs as one query.
 */
@Component
public class BodyScoreCeiling {

    /** The fields an article matches the words in beside its title, each with the boost the search gives it (none). */
    private static final List<String> FIELDS = List.of("bodyText", "keywords");

    private final EntityManagerFactory entityManagerFactory;

    BodyScoreCeiling(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * The ceiling for these words, each analysed alone as the simple query string analyses them; empty where titles
     * first cannot answer: the index is not an in-process Lucene one, or fewer titles hold the words than
     * {@code titledAtLeast} (the terms' document frequencies, deleted and other sites' articles included, bound the
     * titled articles from above: below the exact count they cannot pass it, and the whole search would run anyway).
     */
    public OptionalDouble of(List<String> words, int titledAtLeast) {
        Optional<LuceneIndexManager> index = InProcessArticleIndex.of(entityManagerFactory);
        if (index.isEmpty()) {
            return OptionalDouble.empty();
        }
        Analyzer analyzer = index.get().searchAnalyzer();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(PublishedArticle.class).extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            long titled = 0;
            for (String word : words) {
                for (String term : terms(analyzer, "title", word)) {
                    titled += reader.docFreq(new Term("title", term));
                }
            }
            if (titled < titledAtLeast) {
                return OptionalDouble.empty();
            }
            double ceiling = 0;
            for (String field : FIELDS) {
                for (String word : words) {
                    for (String term : terms(analyzer, field, word)) {
                        ceiling += best(searcher, new Term(field, term));
                    }
                }
            }
            return OptionalDouble.of(ceiling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best score the term has in any document, from the impacts of each segment (public for the bench's QueryShapes). */
    public static float best(IndexSearcher searcher, Term term) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(term)), ScoreMode.TOP_SCORES, 1f);
        float best = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                best = Math.max(best, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS - 1));
            }
        }
        return best;
    }

    private static List<String> terms(Analyzer analyzer, String field, String word) throws IOException {
        List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
