package org.opencounty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What the start leaves out (docs/adr/0030-start.md): the auto-configurations the platform does not use make no beans,
 * while what it does use (health, the metrics an operator scrapes) still answers; and the scheduled publishing
 * sweep waits its first minute instead of running beside the start; Hibernate Search builds no Jandex index of the
 * application's classes at start; the security chain's filters are not observed one by one.
 */
class StartTrimTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    /** Each of these types had a bean before its auto-configuration was left out. */
    @Test
    void theUnusedAutoConfigurationsMakeNoBeans() throws Exception {
        for (String type : List.of(
                "org.springframework.modulith.moments.support.Moments",
                "org.springframework.data.web.PageableHandlerMethodArgumentResolver",
                "org.springframework.boot.actuate.endpoint.jackson.EndpointJackson2ObjectMapper",
                "org.springframework.data.repository.core.support.RepositoryMethodInvocationListener",
                "org.springframework.boot.health.application.SslHealthIndicator")) {
            assertThat(beansOf(type)).as(type).isZero();
        }
    }

    @Test
    void healthAndTheMetricsStillAnswer() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
        var admin = sessionOf("admin");
        mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")))
                .andExpect(content().string(containsString("tomcat_sessions")))
                .andExpect(content().string(containsString("disk_free_bytes")));
    }

    @Test
    void thePublishingSweepFirstRunsAMinuteAfterTheStart() throws Exception {
        Scheduled schedule = org.opencounty.content.ArticlePublishing.class.getMethod("publishDue").getAnnotation(Scheduled.class);
        assertThat(schedule.initialDelayString()).isEqualTo(schedule.fixedDelayString());
    }

    /**
     * The setting as Hibernate received it: an application.yml edit that drops or misspells it (Hibernate Search
     * ignores unknown keys) would bring back a third of the Hibernate bootstrap unseen.
     */
    @Test
    void hibernateSearchBuildsNoJandexIndexOfTheApplication() {
        assertThat(entityManagerFactory.getProperties())
                .containsEntry("hibernate.search.mapping.build_missing_discovered_jandex_indexes", "false");
    }

    /**
     * The security chain's filters are not observed one by one (a search page's CPU, bench/README.md), while the
     * requests themselves still are: their metrics are what an operator scrapes.
     */
    @Test
    void theSecurityFiltersAreNotObservedButTheRequestsAre() {
        var observations = context.getBean(ObservationRegistry.class);
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
    }

    /** The types are on the classpath (a renamed one fails here rather than passing unseen). */
    private int beansOf(String type) throws ClassNotFoundException {
        return context.getBeanNamesForType(Class.forName(type)).length;
    }
}
