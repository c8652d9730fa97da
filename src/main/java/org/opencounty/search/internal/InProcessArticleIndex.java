package org.opencounty.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.opencounty.content.PublishedArticle;

/**
 * The articles' index when it is the in-process Lucene one: what the search can then ask of Lucene directly (its
 * impacts, its own numeric sort). On OpenSearch there is none, and the search keeps to Hibernate Search's DSL.
 */
public final class InProcessArticleIndex {

    private InProcessArticleIndex() {
    }

    public static Optional<LuceneIndexManager> of(EntityManagerFactory entityManagerFactory) {
        return Search.mapping(entityManagerFactory).indexedEntity(PublishedArticle.class).indexManager()
                instanceof LuceneIndexManager index ? Optional.of(index) : Optional.empty();
    }
}
