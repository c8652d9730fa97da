package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounty.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** Search words are text, never query syntax; NUL characters and racing registrations are the client's problem, not 500s. */
@ExtendWith(OutputCaptureExtension.class)
class RequestHardeningTest extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"a~2", "县~", "\"政府", "(信息 OR", "title:公开", "*", "a AND b NOT", "/[a-z]+/", "\\", "&&||!", "+-=<>"})
    void queryMarksAreSearchedAsText(String q, CapturedOutput output) throws Exception {
        int logged = output.length();
        mvc.perform(get("/api/v1/search").param("q", q)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber()).andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.size").value(10)).andExpect(jsonPath("$.services").isArray());
        mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
        assertThat(output.toString().substring(logged)).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    @Test
    void aVeryLongQueryIsCappedNotAFailure(CapturedOutput output) throws Exception {
        int logged = output.length();
        String words = "政府信息公开 ".repeat(1_000) + "a~2 ".repeat(500);
        mvc.perform(get("/api/v1/search").param("q", words)).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        // The page tells the visitor to shorten the words (issue 10), in the site's own Chinese page.
        mvc.perform(get("/search").param("q", "县".repeat(5_000))).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("搜索词不能超过")));
        assertThat(output.toString().substring(logged)).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    @Test
    void theWordsStillFindWhatTheySay() throws Exception {
        // The escape must not break ordinary searches: a demo article's words find it, with or without stray marks.
        String plain = mvc.perform(get("/api/v1/search").param("q", "食品安全监督抽检")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String marked = mvc.perform(get("/api/v1/search").param("q", "食品安全监督抽检~2 -")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(plain).contains("关于开展2026年度食品安全监督抽检工作的通告");
        assertThat(marked).contains("关于开展2026年度食品安全监督抽检工作的通告");
    }

    @Test
    void controlCharactersInTheQueryAreRefusedWithTheSitesMessage() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "县\u0007政府")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andExpect(jsonPath("$.fields.q").exists());
        mvc.perform(get("/search").param("q", "县\u0007政府")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("搜索词含有无法识别的字符")));
    }

    @Test
    void nulCharactersAreRefusedBeforeAnythingReadsThem() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"adm\\u0000in\",\"password\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.fields.username").exists());
        mvc.perform(get("/api/v1/applications/status").param("queryCode", "AB\u0000CD").param("phone", "13800000000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.queryCode").exists());
        mvc.perform(post("/api/v1/articles").header("Authorization", bearer(tokenFor("officer1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"notices\",\"title\":\"标题\\u0000\",\"body\":\"<p>正文</p>\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.title").exists());
        mvc.perform(post("/login").param("username", "adm\u0000in").param("password", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "县\u0000")).andExpect(status().isBadRequest());
    }

    @Test
    void concurrentRegistrationsWithOnePhoneAnswerOneCreatedAndTheRestRefused(CapturedOutput output) throws Exception {
        int logged = output.length();
        int racers = 6;
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String username = "race" + i + (System.nanoTime() % 100_000);
            String address = "10.77.0." + (i + 1);
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON)
                                .with(request -> {
                                    request.setRemoteAddr(address);
                                    return request;
                                })
                                .content("{\"username\":\"%s\",\"name\":\"赛跑者\",\"phone\":\"%s\",\"password\":\"Race#2026abc\"}"
                                        .formatted(username, phone)))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).as("statuses").isSubsetOf(201, 400, 409).containsOnlyOnce(201);
        assertThat(output.toString().substring(logged)).doesNotContain(" ERROR ");
    }
}
