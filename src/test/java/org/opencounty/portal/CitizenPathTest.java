package org.opencounty.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.opencounty.sites.Sites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The citizen's path: 办件查询 found from where citizens are, and an application that cannot be submitted yet. */
class CitizenPathTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4 material".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Accounts accounts;

    @Autowired
    Sites sites;

    @BeforeEach
    void secondCitizen() {
        if (accounts.find("citizen2path").isEmpty()) {
            accounts.registerCitizen(sites.defaultSite().id(), "citizen2path", "王芳", "13999000077", "", DEMO_PASSWORD);
        }
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }

    private long onlineItem() {
        return jdbc.sql("select entry_id from published_entry where unit_code = 'market' and kind = 'ITEM' and online order by entry_id limit 1")
                .query(Long.class).single();
    }

    private List<String> materials(long item, boolean requiredOnly) {
        return jdbc.sql("select m ->> 'id' from published_entry, jsonb_array_elements(content::jsonb -> 'materials') m where entry_id = :id"
                        + (requiredOnly ? " and coalesce((m ->> 'required')::boolean, true)" : ""))
                .param("id", item).query(String.class).list();
    }

    private MockMultipartHttpServletRequestBuilder applyForm(long item, MockHttpSession session) {
        MockMultipartHttpServletRequestBuilder form = multipart("/services/" + item + "/apply");
        form.session(session).with(csrf()).param("name", "张明").param("phone", "13999000001");
        return form;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void statusIsLinkedFromHomeServicesAndEveryGuide() throws Exception {
        assertThat(page("/")).contains("href=\"/status\"");
        assertThat(page("/services")).contains("href=\"/status\"");
        assertThat(page("/services/" + onlineItem())).contains("href=\"/status\"");
    }

    @ParameterizedTest(name = "code {0}, phone {1}")
    @CsvSource(delimiterString = "|", value = {
            "lower|139 9900 0001",
            "spaced|139-9900-0001",
            "upper|+86 13999000001",
    })
    void theStatusAcceptsCodesInAnyCaseAndPhonesAsPeopleWriteThem(String codeForm, String phone) throws Exception {
        long item = onlineItem();
        MockHttpSession citizen = signIn("citizen1");
        MockMultipartHttpServletRequestBuilder form = applyForm(item, citizen);
        for (String material : materials(item, false)) {
            form.file(new MockMultipartFile("file_" + material, material + ".pdf", "application/pdf", PDF));
        }
        String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String code = jdbc.sql("select query_code from application where id = :id").param("id", id).query(String.class).single();
        assertThat(mvc.perform(get(location).session(citizen)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/status?queryCode=" + code + "\"");

        String typed = switch (codeForm) {
            case "lower" -> code.toLowerCase();
            case "spaced" -> " " + code.substring(0, 5) + " " + code.substring(5).toLowerCase() + " ";
            default -> code;
        };
        String status = mvc.perform(get("/status").param("queryCode", typed).param("phone", phone))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("已提交，待受理").doesNotContain("没有查到该办件");
        // Each history line names what happened beside when it happened.
        assertThat(status).contains("<td>填写申请</td>").contains("<td>报送</td>");
    }

    @Test
    void aWrongPhoneFindsNothing() throws Exception {
        String code = jdbc.sql("select query_code from application where query_code is not null order by id limit 1").query(String.class).single();
        assertThat(mvc.perform(get("/status").param("queryCode", code).param("phone", "13000000000")).andReturn().getResponse().getContentAsString())
                .contains("没有查到该办件").doesNotContain("status-history");
        assertThat(mvc.perform(get("/status").param("queryCode", code).param("phone", " ")).andReturn().getResponse().getContentAsString())
                .contains("没有查到该办件");
    }

    @Test
    void anApplicationWithoutItsMaterialsSaysWhatIsMissingAndKeepsOneDraft() throws Exception {
        long item = onlineItem();
        MockHttpSession citizen = signIn("citizen2path");
        List<String> required = materials(item, true);
        assertThat(required).hasSizeGreaterThan(1);
        String missingName = jdbc.sql("select m ->> 'name' from published_entry, jsonb_array_elements(content::jsonb -> 'materials') m"
                + " where entry_id = :id and m ->> 'id' = :m").param("id", item).param("m", required.get(1)).query(String.class).single();

        MvcResult first = mvc.perform(applyForm(item, citizen)
                        .file(new MockMultipartFile("file_" + required.get(0), "a.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection()).andReturn();
        MvcResult second = mvc.perform(applyForm(item, citizen)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(jdbc.sql("select count(*) from application a join account c on c.id = a.applicant_account_id"
                + " where c.username = 'citizen2path' and a.service_item_id = :item").param("item", item).query(Long.class).single()).isEqualTo(1);

        String draft = mvc.perform(get(second.getResponse().getRedirectedUrl()).session(citizen).flashAttrs(second.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(draft).contains("申请尚未提交，已保存为草稿").contains("请上传以下必需材料").contains(missingName)
                .contains("尚未上传").contains("已上传");
    }
}
