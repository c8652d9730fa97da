package org.opencounty.coordination;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Tasks through the API as the tests use them. */
record TaskApi(MockMvc mvc) {

    ResultActions issue(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long issued(String token, String body) throws Exception {
        String json = issue(token, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions get(String token, long id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks/" + id)
                .header("Authorization", "Bearer " + token));
    }

    ResultActions list(String token, String query) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks" + query).header("Authorization", "Bearer " + token));
    }

    /** {@code action}: "report" (body {"text"}), "report/approve", "report/confirm", "report/return" (body {"reason"}); GET "report" with null body. */
    ResultActions act(String token, long id, String unit, String action, String body) throws Exception {
        String path = "/api/v1/tasks/" + id + "/units/" + unit + "/" + action;
        if (body == null && action.equals("report")) {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
        }
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    static String order(String title, String deadline, String units) {
        return "{\"title\":\"" + title + "\",\"basis\":\"巴政办发〔2013〕38号\",\"deadline\":\"" + deadline + "\",\"units\":[" + units + "]}";
    }
}
