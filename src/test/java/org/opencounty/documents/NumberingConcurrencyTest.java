package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.sites.Sites;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 documents of one unit registered at once by 8 clerks (fewer than the pool's 10 connections, which a registration
 * holds while it waits its turn) get 200 distinct, consecutive numbers of its 代字: the
 * counter row is updated in each registering transaction, so registrations take turns on it and none is lost. The
 * documents are committed (the threads must see them), each ready for 登记, and removed afterwards.
 */
class NumberingConcurrencyTest extends IntegrationTest {

    static final int DOCUMENTS = 200;
    static final String PREFIX = "巴绩考发";

    @Autowired
    DocumentSending sending;
    @Autowired
    DocumentIssuers issuers;
    @Autowired
    Units units;
    @Autowired
    Sites sites;

    final List<Long> ids = new ArrayList<>();

    @AfterEach
    void removeRows() {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from document_event where document_id in (:ids)").param("ids", ids).update();
            jdbc.sql("delete from official_document where id in (:ids)").param("ids", ids).update();
        }
    }

    @Test
    void twoHundredConcurrentRegistrationsGetTwoHundredConsecutiveNumbers() throws Exception {
        long siteId = sites.defaultSite().id();
        Unit unit = units.get(siteId, "performance");
        issuers.seed(siteId, unit.id(), PREFIX, "巴里坤哈萨克自治县绩效考核办公室文件", 2026, 0);
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(jdbc.sql("""
                    insert into official_document (site_id, unit_id, kind, title, body, disclosure, state, drafted_by, reviewed_by,
                        signed_by, checked_by, created_at, updated_at)
                    values (?, ?, 'NOTICE', ?, '<p>正文</p>', 'NOT_PUBLIC', 'PENDING_REGISTRATION', 'drafter', 'reviewer', 'signer',
                        'reviewer', ?, ?) returning id""")
                    .params(siteId, unit.id(), "并发登记第" + i + "件", java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()))
                    .query(Long.class).single());
        }
        Actor clerk = new Actor(0, "clerk", "文书", Set.of(Role.INFO_OFFICER), unit.id(), unit.code(), unit.name(), siteId);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OfficialDocument>> registrations = new ArrayList<>();
            for (long id : ids) {
                registrations.add(pool.submit(() -> {
                    start.await();
                    return sending.register(clerk, id);
                }));
            }
            start.countDown();
            for (Future<OfficialDocument> registration : registrations) {
                registration.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(120, TimeUnit.SECONDS);
        }

        List<Integer> serials = jdbc.sql("select serial from official_document where id in (:ids) order by serial").param("ids", ids)
                .query(Integer.class).list();
        assertThat(serials).hasSize(DOCUMENTS).doesNotHaveDuplicates();
        assertThat(serials.getLast() - serials.getFirst()).as("consecutive").isEqualTo(DOCUMENTS - 1);
        assertThat(serials.getFirst()).isEqualTo(1);
        assertThat(jdbc.sql("select number from official_document where id in (:ids) and serial = 1").param("ids", ids)
                .query(String.class).single()).isEqualTo("巴绩考发〔2026〕1号");
        assertThat(jdbc.sql("select last_number from document_counter where prefix = ? and year = 2026").param(PREFIX)
                .query(Integer.class).single()).isEqualTo(DOCUMENTS);
    }
}
