package org.opencounty.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Search pages are kept on one node only: where the index takes a publication after the pages were cleared
 * (outbox-polling) or the pages are cleared across nodes (the synonyms reach the other nodes later), none are kept.
 */
@Tag("fast")
class SearchPagesOneNodeTest {

    @ParameterizedTest(name = "coordination {0}, notify {1}: kept {2}")
    @CsvSource(nullValues = "-", value = {
            "-,              -,     true",
            "none,           false, true",
            "outbox-polling, false, false",
            "none,           true,  false",
            "outbox-polling, true,  false",
    })
    void searchPagesAreKeptOnOneNodeOnly(String coordination, String notify, boolean kept) {
        MockEnvironment environment = new MockEnvironment();
        if (coordination != null) {
            environment.setProperty("spring.jpa.properties.hibernate.search.coordination.strategy", coordination);
        }
        if (notify != null) {
            environment.setProperty("opencounty.cluster.page-cache-notify", notify);
        }
        assertThat(PortalCacheConfiguration.oneNode(environment)).isEqualTo(kept);
    }
}
