package org.opencounty.interaction;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Ratings made the way citizens make them, for the tests of the follow-up: a message left without an account to the
 * market's unit, answered by handler1 with leader1's approval, rated with its query code.
 */
final class RatingFixtures {

    /** Signs a demo account in (the test's {@code tokenFor}). */
    interface Tokens {
        String of(String username) throws Exception;
    }

    record Rated(long messageId, String queryCode, String phone, long ratingId) {
    }

    private final MockMvc mvc;
    private final Tokens tokens;
    private final RateLimits rateLimits;

    RatingFixtures(MockMvc mvc, Tokens tokens, RateLimits rateLimits) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
    }

    /** A rating of the given level ({@code DISSATISFIED} and below open a follow-up) with the given item scores. */
    Rated rated(String phone, String level, int overall, int efficiency, int attitude) throws Exception {
        // The tests leave many messages from one address: the limit is not what they test.
        rateLimits.forgetAll();
        String created = mvc.perform(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content("""
                        {"category":"CONSULT","unit":"market","title":"食品经营许可","content":"小餐馆办证要多久？","name":"李强","phone":"%s","public":false}"""
                        .formatted(phone)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long message = ((Number) JsonPath.read(created, "$.id")).longValue();
        String code = JsonPath.read(created, "$.queryCode");
        act("handler1", "/api/v1/messages/" + message + "/reply", "{\"reply\":\"一般十个工作日内办结。\"}").andExpect(status().isOk());
        act("leader1", "/api/v1/messages/" + message + "/approve", "{}").andExpect(jsonPath("$.state").value("ANSWERED"));
        String rating = mvc.perform(post("/api/v1/ratings").contentType(MediaType.APPLICATION_JSON).content("""
                        {"subject":"MESSAGE","id":%d,"queryCode":"%s","phone":"%s","level":"%s","items":{"OVERALL":%d,"EFFICIENCY":%d,"ATTITUDE":%d}}"""
                        .formatted(message, code, phone, level, overall, efficiency, attitude)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Rated(message, code, phone, ((Number) JsonPath.read(rating, "$.id")).longValue());
    }

    Rated bad(String phone) throws Exception {
        return rated(phone, "DISSATISFIED", 2, 1, 3);
    }

    ResultActions act(String who, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + tokens.of(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
