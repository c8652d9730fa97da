package org.opencounty.applications;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The online-application API as citizens and handlers use it, so the tests read as one story. */
final class ApplicationApi {

    static final byte[] PDF = "%PDF-1.4 test material".getBytes(StandardCharsets.US_ASCII);

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    ApplicationApi(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A published item of the unit with online application. */
    long onlineItemOf(String unitCode) {
        return jdbc.sql("select entry_id from published_entry where unit_code = :u and kind = 'ITEM' and online order by entry_id limit 1")
                .param("u", unitCode).query(Long.class).single();
    }

    List<String> requiredMaterials(long itemId) throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/service-items/" + itemId)).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.materials[?(@.required == true)].id");
    }

    ResultActions start(String token, long itemId) throws Exception {
        return mvc.perform(post("/api/v1/applications").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceItemId\":" + itemId + ",\"applicant\":{\"name\":\"张明\",\"phone\":\"13999000001\"},\"form\":{\"经营场所\":\"巴里坤镇东街\"}}"));
    }

    long started(String token, long itemId) throws Exception {
        return ((Number) JsonPath.read(start(token, itemId).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions upload(String token, long id, String materialId, String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
                .file(new MockMultipartFile("file", filename, "application/pdf", content))
                .param("materialId", materialId).header("Authorization", "Bearer " + token));
    }

    /** Starts, uploads every required material and submits; returns the application id. */
    long submitted(String token, long itemId) throws Exception {
        long id = started(token, itemId);
        for (String material : requiredMaterials(itemId)) {
            upload(token, id, material, material + ".pdf", PDF);
        }
        act(token, id, "submit");
        return id;
    }

    ResultActions act(String token, long id, String action) throws Exception {
        return act(token, id, action, "{}");
    }

    ResultActions act(String token, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + id + "/" + action).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions get(String token, long id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/applications/" + id)
                .header("Authorization", "Bearer " + token));
    }
}
