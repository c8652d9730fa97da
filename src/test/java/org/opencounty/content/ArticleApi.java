package org.opencounty.content;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import org.opencounty.Listeners;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Speaks the article API as the tests' users do, so that every test reads as the same story. */
final class ArticleApi {

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    ArticleApi(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    ResultActions create(String token, String category, String title, String body) throws Exception {
        return mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(json("category", category, "title", title, "body", body)));
    }

    long createdId(String token, String category, String title, String body) throws Exception {
        String response = create(token, category, title, body).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    ResultActions update(String token, long id, String title, String body, long version) throws Exception {
        return mvc.perform(put("/api/v1/articles/" + id).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"notices\",\"title\":" + quote(title) + ",\"body\":" + quote(body) + ",\"version\":" + version + "}"));
    }

    ResultActions act(String token, long id, String action) throws Exception {
        return act(token, id, action, "{}");
    }

    ResultActions act(String token, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/articles/" + id + "/" + action).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions get(String token, long id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token));
    }

    long version(String token, long id) throws Exception {
        String response = get(token, id).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.version")).longValue();
    }

    /** Officer writes, leader approves, center publishes: returns the published article's id. */
    long publish(String officer, String leader, String center, String category, String title, String body) throws Exception {
        long id = createdId(officer, category, title, body);
        act(officer, id, "submit");
        act(leader, id, "approve");
        act(center, id, "approve");
        return id;
    }

    /** An anonymous visitor's page, once the page cache has heard of every change so far. */
    ResultActions portal(String path) throws Exception {
        Listeners.awaitCompletion(jdbc);
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }

    static String json(String... pairs) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(quote(pairs[i])).append(":").append(quote(pairs[i + 1]));
        }
        return json.append("}").toString();
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
