package org.opencounty.coordination;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Inspections through the API as the tests use them. */
record InspectionApi(MockMvc mvc) {

    static final String PATH = "/api/v1/inspections";

    ResultActions create(String token, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PATH).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long created(String token, String body) throws Exception {
        return id(create(token, body).andExpect(status().isCreated()), "$.id");
    }

    ResultActions get(String token, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(PATH + path)
                .header("Authorization", "Bearer " + token));
    }

    ResultActions post(String token, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PATH + path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    /** Records a finding at {@code unit} on the round's first checklist item, due in {@code days} working days; returns its id. */
    long finding(String token, long round, String unit, int days) throws Exception {
        String json = get(token, "/" + round).andReturn().getResponse().getContentAsString();
        long item = ((Number) JsonPath.read(json, "$.checklist[0].id")).longValue();
        return id(post(token, "/" + round + "/findings", finding(unit, item, "栏目“工作动态”超过两周未更新", "两周内补发工作动态", String.valueOf(days)))
                .andExpect(status().isCreated()), "$.finding.id");
    }

    static String finding(String unit, long item, String problem, String requirement, String days) {
        return "{\"unit\":\"" + unit + "\",\"item\":\"" + item + "\",\"problem\":\"" + problem + "\",\"requirement\":\"" + requirement
                + "\",\"days\":\"" + days + "\"}";
    }

    static String round(String name, String units) {
        return "{\"name\":\"" + name + "\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[" + units + "],"
                + "\"checklist\":[{\"title\":\"信息公开\",\"description\":\"栏目按期更新\"},{\"title\":\"办事服务\",\"description\":\"办事指南要素完整\"}]}";
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }
}
