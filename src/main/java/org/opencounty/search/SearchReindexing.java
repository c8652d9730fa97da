package org.opencounty.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.content.PublishedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The center administrator's rebuild of the site's search index: in the background (a million articles take minutes),
 * one at a time per site, with its progress for the search admin page. Only the site's own documents are rewritten,
 * in place, so search keeps answering while it runs and other sites are not touched.
 */
@Service
public class SearchReindexing {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexing.class);

    /** Where a site's last rebuild stands; {@code total} is known once the indexer has counted the rows. */
    public record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt, String startedBy) {

        public enum State { NEVER, RUNNING, DONE, FAILED }

        static final Progress NEVER = new Progress(State.NEVER, 0, 0, null, null, "");

        public boolean running() {
            return state == State.RUNNING;
        }

        /** Whole percent done, 0 before the total is known. */
        public int percent() {
            return total <= 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public Duration took(Instant now) {
            return startedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt == null ? now : finishedAt);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog audit;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Progress> bySite = new ConcurrentHashMap<>();

    private final ApplicationEventPublisher events;

    SearchReindexing(EntityManagerFactory entityManagerFactory, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
        this.clock = clock;
    }

    public Progress progress(long siteId) {
        return bySite.getOrDefault(siteId, Progress.NEVER);
    }

    /** Starts rebuilding the site's articles, guides and fees in the background; refused while one runs. */
    public Progress start(Actor actor, long siteId) {
        if (!actor.has(Role.CENTER_ADMIN) || actor.siteId() != siteId) {
            throw new NotAllowedException("只有本站的中心管理员可以重建搜索索引");
        }
        Progress started = new Progress(Progress.State.RUNNING, 0, 0, clock.instant(), null, actor.username());
        if (bySite.compute(siteId, (site, now) -> now != null && now.running() ? now : started) != started) {
            throw new ConflictException("REINDEX_RUNNING", "搜索索引正在重建，请等当前重建完成");
        }
        audit.record(actor, "search.reindex", "site:" + siteId, AuditResult.SUCCESS, "");
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        Thread.ofVirtual().name("search-reindex-" + siteId).start(() -> run(siteId, started, done, total));
        return started;
    }

    private void run(long siteId, Progress started, AtomicLong done, AtomicLong total) {
        MassIndexingMonitor monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long count) {
                bySite.put(siteId, new Progress(Progress.State.RUNNING, done.addAndGet(count), total.get(), started.startedAt(), null,
                        started.startedBy()));
            }

            @Override
            public void addToTotalCount(long count) {
                total.addAndGet(count);
            }

            @Override
            public void documentsBuilt(long count) {
            }

            @Override
            public void entitiesLoaded(long count) {
            }

            @Override
            public void indexingCompleted() {
            }
        };
        Progress.State end = Progress.State.DONE;
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            for (Class<?> type : List.of(PublishedArticle.class, PublishedEntry.class)) {
                MassIndexer indexer = Search.session(entityManager).massIndexer(type).purgeAllOnStart(false)
                        .mergeSegmentsOnFinish(false).threadsToLoadObjects(1).monitor(monitor);
                indexer.type(type).reindexOnly("e.siteId = :site").param("site", siteId);
                indexer.startAndWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = Progress.State.FAILED;
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index of site {} failed", siteId, e);
            end = Progress.State.FAILED;
        }
        // Before the progress says done, so that a search after "done" is never answered from a page kept before.
        events.publishEvent(new SearchIndexRebuilt(siteId));
        bySite.put(siteId, new Progress(end, done.get(), total.get(), started.startedAt(), clock.instant(), started.startedBy()));
        log.info("Search index of site {} rebuilt: {} documents, {}", siteId, done.get(), end);
    }
}
