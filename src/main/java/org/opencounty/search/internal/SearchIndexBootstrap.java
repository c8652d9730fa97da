package org.opencounty.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.opencounty.content.PublishedArticle;
import org.opencounty.catalogue.PublishedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index when it does not match the database (first start, a deleted index folder, a
 * restored backup). The index is derived data: the database is the record.
 */
@Component
class SearchIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean atStart;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory,
                         @org.springframework.beans.factory.annotation.Value("${opencounty.search.rebuild-at-start:true}") boolean atStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.atStart = atStart;
    }

    /**
     * With several nodes on one OpenSearch index only one should check (opencounty.search.rebuild-at-start), and a
     * search service that does not answer must not keep the platform from starting: the outbox catches up later.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    void rebuildIfStale() throws InterruptedException {
        if (!atStart) {
            return;
        }
        try {
            rebuild();
        } catch (org.hibernate.search.util.common.SearchException e) {
            log.warn("Search index not checked at start, the search service does not answer: {}", e.getMessage());
        }
    }

    private void rebuild() throws InterruptedException {
        for (Class<?> type : new Class<?>[] {PublishedArticle.class, PublishedEntry.class}) {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                var session = Search.session(entityManager);
                long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
                long published = entityManager.createQuery("select count(p) from " + type.getSimpleName() + " p", Long.class).getSingleResult();
                if (indexed != published) {
                    log.info("Search index holds {} of {} {}; rebuilding it", indexed, published, type.getSimpleName());
                    session.massIndexer(type).threadsToLoadObjects(2).startAndWait();
                } else if (indexed > 0 && !storesWhatHitsShow(session, type)) {
                    log.info("Search index of {} lacks the stored fields search results are shown from; rewriting it", type.getSimpleName());
                    // In place: search keeps answering meanwhile, hits of documents not yet rewritten loaded from rows.
                    session.massIndexer(type).purgeAllOnStart(false).threadsToLoadObjects(2).startAndWait();
                }
            }
        }
    }

    /**
     * Whether the documents carry the stored fields that search results are shown from (docs/adr/0029, decisions 6
     * and 11): an index written before they were stored counts right but would show hits without a date or unit (an
     * article) or without the kind its link is made from (a guide or fee).
     */
    private static boolean storesWhatHitsShow(SearchSession session, Class<?> type) {
        String field = type == PublishedArticle.class ? "publishedAt" : "kind";
        return session.search(type).select(f -> f.field(field)).where(f -> f.matchAll()).fetchHits(1).stream()
                .allMatch(Objects::nonNull);
    }
}
