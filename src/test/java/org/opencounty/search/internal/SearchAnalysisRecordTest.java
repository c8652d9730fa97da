package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencounty.IntegrationTest;
import org.opencounty.search.DemoArticles;
import org.opencounty.search.SearchIndexRebuilt;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An index written with another analysis (an earlier version's, before the county's words were joined) is written
 * again at start, and the analysis is recorded beside it so that the next start leaves it alone.
 */
class SearchAnalysisRecordTest extends IntegrationTest {

    private static final String WORD = "梭梭林";

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @TempDir
    Path folder;

    private final List<Object> events = new ArrayList<>();

    private void start() {
        new SearchIndexBootstrap(entityManagerFactory, event -> {
            events.add(event);
            publisher.publishEvent(event);
        }, true, false, new AnalysisRecord(folder)).rebuildIfStale();
    }

    private String search(String words) throws Exception {
        return mvc.perform(get("/search").param("q", words)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anIndexAnalysedOtherwiseIsWrittenAgainOnceAndTheAnalysisRecorded() throws Exception {
        Path record = folder.resolve("analysis.txt");
        try (DemoArticles articles = new DemoArticles(1, jdbc, entityManager, transactions)) {
            // Changed behind the index's back: only a rewrite of the documents finds it.
            articles.appendBehindTheIndex(0, "戈壁上的" + WORD + "。");
            assertThat(search(WORD)).contains("找到 0 条结果");

            // An index from before the analysis was recorded.
            start();
            assertThat(record).content().isEqualToIgnoringNewLines(ChineseLuceneAnalysis.fingerprint());
            assertThat(events).hasExactlyElementsOfTypes(SearchIndexRebuilt.class);
            assertThat(search(WORD)).doesNotContain("找到 0 条结果");

            // Recorded as it is: nothing written again.
            events.clear();
            start();
            assertThat(events).isEmpty();

            // Written with another word list: written again.
            Files.writeString(record, "another list\n");
            start();
            assertThat(events).hasExactlyElementsOfTypes(SearchIndexRebuilt.class);
            assertThat(record).content().isEqualToIgnoringNewLines(ChineseLuceneAnalysis.fingerprint());
        }
    }

    /** The search pages kept while the row was changed are dropped, as after any change of the index. */
    @org.junit.jupiter.api.AfterEach
    void searchPagesOfTheChangedRowDropped() {
        publisher.publishEvent(new SearchIndexRebuilt(null));
    }
}
