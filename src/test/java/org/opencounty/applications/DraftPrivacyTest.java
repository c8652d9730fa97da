package org.opencounty.applications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** A draft is the applicant's alone until it is submitted: the unit reads what was submitted, not what is being written. */
class DraftPrivacyTest extends IntegrationTest {

    private ApplicationApi api;
    private long item;

    @BeforeEach
    void setUp() {
        api = new ApplicationApi(mvc, jdbc);
        item = api.onlineItemOf("market");
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("handler1"),      // the unit's handler
                Arguments.of("leader1"),       // the unit's leader
                Arguments.of("supervisor"),    // center-wide
                Arguments.of("handler2"));     // another unit
    }

    @ParameterizedTest(name = "{0} may not read a draft")
    @MethodSource
    void wrongPeople(String who) throws Exception {
        String citizen = tokenFor("citizen1");
        long id = api.started(citizen, item);
        long upload = uploadedMaterial(citizen, id);
        String token = tokenFor(who);
        MockHttpSession session = signIn(who);

        api.get(token, id).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id + "/materials/" + upload).header("Authorization", bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + id).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + id + "/materials/" + upload).session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theApplicantReadsTheDraftAndTheUnitReadsItOnceSubmitted() throws Exception {
        String citizen = tokenFor("citizen1");
        long id = api.started(citizen, item);
        long upload = uploadedMaterial(citizen, id);
        api.get(citizen, id).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applications/" + id + "/materials/" + upload).header("Authorization", bearer(citizen)))
                .andExpect(status().isOk());

        for (String material : api.requiredMaterials(item)) {
            api.upload(citizen, id, material, material + ".pdf", ApplicationApi.PDF);
        }
        api.act(citizen, id, "submit").andExpect(status().isOk());
        String handler = tokenFor("handler1");
        api.get(handler, id).andExpect(status().isOk());
        long submitted = ((Number) JsonPath.read(api.get(handler, id).andReturn().getResponse().getContentAsString(), "$.materials[0].id")).longValue();
        mvc.perform(get("/api/v1/applications/" + id + "/materials/" + submitted).header("Authorization", bearer(handler)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/applications/" + id).session(signIn("handler1"))).andExpect(status().isOk());
    }

    @Test
    void aDraftWithdrawnBeforeSubmissionStaysPrivate() throws Exception {
        String citizen = tokenFor("citizen1");
        long id = api.started(citizen, item);
        api.act(citizen, id, "withdraw", "{\"reason\":\"不办了\"}").andExpect(status().isOk());
        api.get(tokenFor("handler1"), id).andExpect(status().isForbidden());
    }

    private long uploadedMaterial(String citizen, long id) throws Exception {
        String material = api.requiredMaterials(item).getFirst();
        String body = api.upload(citizen, id, material, "身份证明.pdf", ApplicationApi.PDF).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }
}
