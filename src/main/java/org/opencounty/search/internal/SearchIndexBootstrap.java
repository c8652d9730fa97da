package org.opencounty.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Objects;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.opencounty.content.PublishedArticle;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.search.SearchIndexRebuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index when it does not match the database (first start, a deleted index folder, a
 * restored backup) or the analysis that finds its words ({@link ChineseLuceneAnalysis#fingerprint()}). The index is
 * derived data: the database is the record.
 */
@Component
class SearchIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean atStart;
    private final boolean inBackground;
    private final ApplicationEventPublisher events;
    /**
     * Where the index records the analysis its documents were written with, beside the index's folders; none where
     * the index does not outlive the process (in memory) or is analysed elsewhere (OpenSearch, its own analysis).
     */
    private final AnalysisRecord analysisRecord;

    @org.springframework.beans.factory.annotation.Autowired
    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events,
                         @Value("${opencounty.search.rebuild-at-start:true}") boolean atStart,
                         @Value("${opencounty.search.check-in-background:true}") boolean inBackground,
                         @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
                         @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directory,
                         @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this(entityManagerFactory, events, atStart, inBackground,
                backend.equals("lucene") && directory.equals("local-filesystem") && !root.isBlank()
                        ? new AnalysisRecord(Path.of(root)) : null);
    }

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events, boolean atStart,
                         boolean inBackground, AnalysisRecord analysisRecord) {
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
        this.atStart = atStart;
        this.inBackground = inBackground;
        this.analysisRecord = analysisRecord;
    }

    /**
     * With several nodes on one OpenSearch index only one should check (opencounty.search.rebuild-at-start), and a
     * search service that does not answer must not keep the platform from starting: the outbox catches up later.
     * The check runs beside the platform's first minutes, not before it answers: it was most of the work between the
     * context's start and a healthy answer (docs/adr/0030-start.md, third amendment), and a stale index at a million
     * articles would keep the platform down for the minutes a rebuild takes. Search answers meanwhile from the
     * documents the index holds.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    void rebuildIfStale() {
        if (!atStart) {
            return;
        }
        if (inBackground) {
            Thread.ofVirtual().name("search-index-check").start(this::check);
        } else {
            check();
        }
    }

    private void check() {
        try {
            rebuild();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (org.hibernate.search.util.common.SearchException e) {
            log.warn("Search index not checked at start, the search service does not answer: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Search index not checked at start: {}", e.getMessage(), e);
        }
    }

    private void rebuild() throws InterruptedException {
        boolean filled = rewriteIfAnalysedOtherwise();
        if (fill() || filled) {
            events.publishEvent(new SearchIndexRebuilt(null));
        }
        if (analysisRecord != null) {
            analysisRecord.write();
        }
    }

    /**
     * Every document written again when the index was analysed otherwise, or before the analysis was recorded (an
     * index from an earlier version, where 低保 was indexed as 低 and 保 and a search for it now asks for 低保). In
     * place, as for the stored fields below: search answers meanwhile, finding the documents already rewritten by the
     * county's words, the others as before. On a first start this is the index's first filling.
     */
    private boolean rewriteIfAnalysedOtherwise() throws InterruptedException {
        if (analysisRecord == null) {
            return false;
        }
        String recorded = analysisRecord.recorded();
        if (ChineseLuceneAnalysis.fingerprint().equals(recorded)) {
            return false;
        }
        log.info("Search index written with another analysis ({}); rewriting it", Objects.requireNonNullElse(recorded, "not recorded"));
        for (Class<?> type : new Class<?>[] {PublishedArticle.class, PublishedEntry.class}) {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                Search.session(entityManager).massIndexer(type).purgeAllOnStart(false).threadsToLoadObjects(2).startAndWait();
            }
        }
        return true;
    }

    /** Whether the index was filled: what it missed added, rebuilt or rewritten. */
    private boolean fill() throws InterruptedException {
        boolean filled = false;
        for (Class<?> type : new Class<?>[] {PublishedArticle.class, PublishedEntry.class}) {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                var session = Search.session(entityManager);
                long indexed = indexed(session, type);
                long published = entityManager.createQuery("select count(p) from " + type.getSimpleName() + " p", Long.class).getSingleResult();
                if (indexed < published) {
                    // In place, so that search keeps finding what the index already holds while the rest is added.
                    log.info("Search index holds {} of {} {}; adding the rest", indexed, published, type.getSimpleName());
                    filled = true;
                    session.massIndexer(type).purgeAllOnStart(false).threadsToLoadObjects(2).startAndWait();
                    indexed = indexed(session, type);
                }
                if (indexed != published) {
                    // More documents than rows: some rows are gone (a restored backup); only a fresh index drops them.
                    log.info("Search index holds {} documents for {} {}; rebuilding it", indexed, published, type.getSimpleName());
                    filled = true;
                    session.massIndexer(type).threadsToLoadObjects(2).startAndWait();
                } else if (indexed > 0 && !storesWhatHitsShow(session, type)) {
                    log.info("Search index of {} lacks the stored fields search results are shown from; rewriting it", type.getSimpleName());
                    // In place: search keeps answering meanwhile, hits of documents not yet rewritten loaded from rows.
                    filled = true;
                    session.massIndexer(type).purgeAllOnStart(false).threadsToLoadObjects(2).startAndWait();
                }
            }
        }
        return filled;
    }

    private static long indexed(SearchSession session, Class<?> type) {
        return session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
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
