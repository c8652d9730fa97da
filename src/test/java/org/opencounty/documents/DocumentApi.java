package org.opencounty.documents;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The document API as the tests use it, with a county office of fresh accounts: drafter, reviewer, leader. */
class DocumentApi {

    final MockMvc mvc;
    final String drafter;
    final String reviewer;
    final String leader;

    DocumentApi(MockMvc mvc, TestAccounts accounts) {
        this.mvc = mvc;
        this.drafter = accounts.staff("gov-office", Role.INFO_OFFICER, false);
        this.reviewer = accounts.staff("gov-office", Role.INFO_OFFICER, false);
        this.leader = accounts.staff("gov-office", Role.UNIT_LEADER, false);
    }

    static String draftJson(String title, List<String> recipients, String urgency) {
        return """
                {"kind":"通知","title":"%s","body":"<p>请各单位按要求办理。</p>","recipients":[%s],"cc":[],"urgency":"%s",
                 "disclosure":"PUBLIC"}""".formatted(title, String.join(",", recipients.stream().map(r -> "\"" + r + "\"").toList()), urgency);
    }

    ResultActions post(String token, String path, String json) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    ResultActions get(String token, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Authorization", "Bearer " + token));
    }

    long drafted(String token, String json) throws Exception {
        String body = post(token, "/api/v1/documents", json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.document.id")).longValue();
    }

    /** Takes the document from a fresh draft to 待登记 through every step before it. */
    long readyToRegister(Tokens tokens, String json) throws Exception {
        return throughCheck(tokens, drafted(tokens.drafter(), json));
    }

    /** Takes a draft through 送核稿, 核稿, 签发 and 复核. */
    long throughCheck(Tokens tokens, long id) throws Exception {
        post(tokens.drafter(), "/api/v1/documents/" + id + "/submit", null).andExpect(status().isOk());
        post(tokens.reviewer(), "/api/v1/documents/" + id + "/review", null).andExpect(status().isOk());
        post(tokens.leader(), "/api/v1/documents/" + id + "/sign", null).andExpect(status().isOk());
        post(tokens.reviewer(), "/api/v1/documents/" + id + "/check", null).andExpect(status().isOk());
        return id;
    }

    /** Registered and dispatched; returns the 发文字号. */
    String dispatched(Tokens tokens, long id) throws Exception {
        String body = post(tokens.drafter(), "/api/v1/documents/" + id + "/register", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        post(tokens.drafter(), "/api/v1/documents/" + id + "/dispatch", null).andExpect(status().isOk());
        return JsonPath.read(body, "$.document.number");
    }

    /** The inbox copy of {@code unitCode} for document {@code id}. */
    long copyOf(String token, long id, String unitCode) throws Exception {
        String body = get(token, "/api/v1/documents/" + id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> ids = JsonPath.read(body, "$.recipients[?(@.unitName == '%s')].id".formatted(unitCode));
        return ((Number) ids.get(0)).longValue();
    }

    record Tokens(String drafter, String reviewer, String leader) {
    }

    static final Set<String> NOTHING = Set.of();
}
