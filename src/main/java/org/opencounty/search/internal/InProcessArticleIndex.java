package org.opencounty.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.opencounty.content.PublishedArticle;

/**
 * Whether the articles' index is the in-process Lucene one, so that the search can hand Lucene its own numeric sort
 * and its words' filter ({@link WordsPresent}). On OpenSearch it is not, and the search keeps to Hibernate Search's DSL.
 */
public final class InProcessArticleIndex {

    private InProcessArticleIndex() {
    }

    public static boolean isUsed(EntityManagerFactory entityManagerFactory) {
        return searchAnalyzer(entityManagerFactory).isPresent();
    }

    /** The articles' fields' search analyzer, field by field, when the index is the in-process one. */
    public static Optional<Analyzer> searchAnalyzer(EntityManagerFactory entityManagerFactory) {
        return Search.mapping(entityManagerFactory).indexedEntity(PublishedArticle.class).indexManager()
                instanceof LuceneIndexManager lucene ? Optional.of(lucene.searchAnalyzer()) : Optional.empty();
    }
}
