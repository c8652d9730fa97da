package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.sites.Sites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The community platform (issue 14): the directory is the community's to keep; citizens sign up for a volunteer
 * activity within its capacity even when many sign up at the same moment, and a cancellation gives the place back.
 */
class CommunityPlatformTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private CommunityPlatform platform;

    @Autowired
    private Accounts accounts;

    @Autowired
    private Authenticator authenticator;

    @Autowired
    private Sites sites;

    private Actor citizen() {
        int n = SEQUENCE.incrementAndGet();
        String username = "volunteer" + n + "x" + System.nanoTime() % 100_000;
        accounts.registerCitizen(siteId(), username, "志愿者" + n, "1399" + String.format("%07d", (System.nanoTime() / 7 + n) % 10_000_000),
                null, DEMO_PASSWORD);
        return authenticator.principalOf(accounts.find(username).orElseThrow()).actor();
    }

    private long siteId() {
        return sites.defaultSite().id();
    }

    private long activity(int capacity) throws Exception {
        String json = mvc.perform(post("/api/v1/activities").header("Authorization", bearer(tokenFor("community1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"community\":\"dongjie-community\",\"title\":\"义务植树\",\"place\":\"东街社区服务站\","
                                + "\"startsAt\":\"2026-07-20T10:30\",\"capacity\":" + capacity + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void manyCitizensSigningUpAtOnceTakeNoMoreThanTheCapacity() throws Exception {
        long id = activity(3);
        List<Actor> citizens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            citizens.add(citizen());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Actor citizen : citizens) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    platform.register(citizen, siteId(), id);
                    return "ok";
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn("ok"::equals).hasSize(3);
        assertThat(results).filteredOn("FULL"::equals).hasSize(5);
        assertThat(jdbc.sql("select registered from volunteer_activity where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from activity_registration where activity_id = :id and cancelled_at is null")
                .param("id", id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aCancellationGivesThePlaceBackAndNobodyHoldsTwo() throws Exception {
        long id = activity(1);
        Actor first = citizen();
        Actor second = citizen();
        platform.register(first, siteId(), id);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ConflictException.class,
                () -> platform.register(first, siteId(), id)).code()).isEqualTo("ALREADY_REGISTERED");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ConflictException.class,
                () -> platform.register(second, siteId(), id)).code()).isEqualTo("FULL");
        platform.cancel(first, siteId(), id);
        assertThat(platform.register(second, siteId(), id).registered()).isEqualTo(1);
        mvc.perform(get("/api/v1/activities/" + id)).andExpect(jsonPath("$.full").value(true)).andExpect(jsonPath("$.placesLeft").value(0));
        // Staff are no volunteers through this door; anonymous callers are asked to sign in.
        mvc.perform(post("/api/v1/activities/" + id + "/registrations").header("Authorization", bearer(tokenFor("village1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities/" + id + "/registrations")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/activities/" + id + "/registrations/mine").header("Authorization", bearer(tokenFor("citizen1"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDirectoryIsTheCommunitysToKeep() throws Exception {
        mvc.perform(get("/api/v1/communities/dongjie-community/services")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == '东街社区卫生服务站')].phone").value(org.hamcrest.Matchers.hasItem("0902-6821215")));
        String entry = "{\"category\":\"维修\",\"name\":\"开锁换锁\",\"address\":\"东大街60号\",\"phone\":\"0902-6821299\",\"hours\":\"全天\"}";
        mvc.perform(post("/api/v1/communities/dongjie-community/services").header("Authorization", bearer(tokenFor("village1")))
                .contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/communities/xijie-community/services").header("Authorization", bearer(tokenFor("community1")))
                .contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/communities/dongjie-community/services").header("Authorization", bearer(tokenFor("community1")))
                .contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/activities").header("Authorization", bearer(tokenFor("community1"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"community\":\"dongjie-community\",\"title\":\"昨天的活动\",\"place\":\"服务站\",\"startsAt\":\"2026-07-13T10:00\",\"capacity\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.startsAt").exists()).andExpect(jsonPath("$.fields.capacity").exists());
    }
}
