package org.opencounty;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every integration test runs the whole application against real PostgreSQL with the demo data, and
 * talks to it the way users do: over HTTP. All tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import({TestClockConfiguration.class, TestAccounts.class, StatementCounter.Registration.class})
@AutoConfigureMockMvc
@Tag("integration")
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "Demo#2026";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private org.opencounty.accounts.LoginThrottle loginThrottle;

    /** The throttle's windows expire by the test clock, which stands still: every test starts with no attempts counted. */
    @org.junit.jupiter.api.BeforeEach
    void noLoginAttemptsCounted() {
        loginThrottle.forgetAll();
    }

    /** One per test run, so that a test reading the checkpoint finds the folder the platform writes to. */
    protected static final java.nio.file.Path AUDIT_FOLDER = TestDatabase.scratchDirectory("audit");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
        // Each run starts from a fresh database, so its search index and files start empty too.
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-heap");
        // The database is shared by the run's contexts, a heap index is not: each context fills its own at start, and its
        // tests search at once. The platform checks beside its start (SearchIndexBootstrapTest).
        registry.add("opencounty.search.check-in-background", () -> "false");
        registry.add("opencounty.storage.dir", () -> TestDatabase.scratchDirectory("files").toString());
        registry.add("opencounty.audit.checkpoint-dir", AUDIT_FOLDER::toString);
        // The platform makes its repositories when first used; the tests make them all at start, so a query method
        // that does not parse fails every test run rather than the first request that calls it.
        registry.add("spring.data.jpa.repositories.bootstrap-mode", () -> "default");
        // Small, so that the few open cases a calendar change reaches in the tests already take several batches.
        registry.add("opencounty.applications.clock-batch-size", () -> "4");
        // Sweeps run when a test asks (time comes from the test clock): a firing of the real schedule in the middle of
        // a test would issue reminders it does not expect and hold the sweep's lock for a minute (ShedLock). February
        // 30th never comes; the sweep after start still runs.
        for (String cron : List.of("opencounty.supervision.cron", "opencounty.coordination.cron",
                "opencounty.documents.reminder-cron", "opencounty.interaction.lapse-cron")) {
            registry.add(cron, () -> "0 0 0 30 2 *");
        }
    }

    /** Signs in through the login form and returns the browser session. */
    protected org.springframework.mock.web.MockHttpSession sessionOf(String username) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }

    /** Signs in through the token endpoint and returns the bearer token. */
    protected String tokenFor(String username) throws Exception {
        return tokenFor(username, DEMO_PASSWORD);
    }

    protected String tokenFor(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
