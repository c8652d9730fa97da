package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service guides and fees written in the back office's forms, without JavaScript: table rows for the guide's lists,
 * a button that adds a row and saves nothing, the officer's input kept with the messages when a save is refused.
 * Rolled back after each test.
 */
@Transactional
class CatalogueFormsTest extends IntegrationTest {

    @Test
    void anOfficerWritesACompleteGuideWithItsListsAndEditsIt() throws Exception {
        MockHttpSession officer = signIn("officer1");
        mvc.perform(get("/admin/catalogue/items/new").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"materials[1].name\"")))
                .andExpect(content().string(containsString("增加一项材料")));

        String location = mvc.perform(completeGuide(post("/admin/catalogue/items").session(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));

        mvc.perform(get("/admin/catalogue/entries/" + id).session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试：食品经营许可证延续")))
                .andExpect(content().string(containsString("十项要素齐全")))
                .andExpect(content().string(containsString("营业执照")))
                .andExpect(content().string(containsString("/admin/catalogue/entries/" + id + "/edit")));
        // The empty spare rows were left out, the material got its stable id, the special step kept its mark.
        String edit = mvc.perform(get("/admin/catalogue/entries/" + id + "/edit").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("name=\"materials[0].id\" value=\"m1\"", "name=\"materials[0].name\" value=\"营业执照\"",
                "name=\"procedure[1].name\" value=\"专家评审\"", "name=\"procedure[1].special\" value=\"true\" checked",
                "name=\"materials[2].name\" value=\"\"");
        assertThat(edit).doesNotContain("name=\"materials[3].name\"");

        mvc.perform(completeGuide(post("/admin/catalogue/entries/" + id + "/edit").session(officer),
                        "version", version(id), "name", "测试：食品经营许可证延续（修订）"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/catalogue/entries/" + id).session(officer))
                .andExpect(content().string(containsString("测试：食品经营许可证延续（修订）")));
    }

    @Test
    void addingARowShowsOneMoreAndSavesNothing() throws Exception {
        long before = entries();
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(signIn("officer1")), "addRow", "materials"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"materials[0].name\" value=\"营业执照\"")))
                .andExpect(content().string(containsString("name=\"materials[3].name\"")))
                .andExpect(content().string(not(containsString("name=\"materials[4].name\""))));
        // Pressed again before anything is typed into the new row: one more still.
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(signIn("officer1")), "addRow", "materials", "shown.materials", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"materials[4].name\"")))
                .andExpect(content().string(containsString("name=\"shown.materials\" value=\"5\"")));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aRefusedGuideComesBackAsTypedWithTheMessagesBesideTheRows() throws Exception {
        MockHttpSession officer = signIn("officer1");
        long before = entries();
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(officer), "materials[0].copies", "两份"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("份数应为整数")))
                .andExpect(content().string(containsString("value=\"两份\"")))
                .andExpect(content().string(containsString("value=\"测试：食品经营许可证延续\"")));
        // Row 0 left empty, row 1 with a note but no name: the message stands beside row 1, where it was typed.
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(officer),
                        "materials[0].name", "", "materials[1].note", "原件核验后退回"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("name=\"materials[1].name\" value=\"\" aria-label=\"第2项材料的名称\" aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("请填写材料名称")));
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(officer), "promisedLimitDays", "30", "statutoryLimitDays", "20"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("承诺时限不能超过法定时限")));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndTheTypedTextKept() throws Exception {
        MockHttpSession officer = signIn("officer1");
        String location = mvc.perform(completeGuide(post("/admin/catalogue/items").session(officer)))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        String stale = version(id);
        mvc.perform(completeGuide(post("/admin/catalogue/entries/" + id + "/edit").session(officer), "version", stale))
                .andExpect(status().is3xxRedirection());

        mvc.perform(completeGuide(post("/admin/catalogue/entries/" + id + "/edit").session(officer), "version", stale, "name", "另一人的修改"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该事项已被他人修改")))
                .andExpect(content().string(containsString("value=\"另一人的修改\"")));
    }

    @Test
    void onlyTheUnitsOfficerWritesItsGuides() throws Exception {
        String location = mvc.perform(completeGuide(post("/admin/catalogue/items").session(signIn("officer1"))))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));

        mvc.perform(get("/admin/catalogue/entries/" + id + "/edit").session(signIn("officer2"))).andExpect(status().isForbidden());
        mvc.perform(completeGuide(post("/admin/catalogue/entries/" + id + "/edit").session(signIn("officer2")), "version", version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/catalogue/items/new").session(signIn("leader1"))).andExpect(status().isForbidden());
        mvc.perform(completeGuide(post("/admin/catalogue/items").session(signIn("handler1")))).andExpect(status().isForbidden());
        // Without the form's CSRF token nothing is taken.
        mvc.perform(post("/admin/catalogue/items").session(signIn("officer1")).param("name", "测试：无令牌")).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerFilesAFee() throws Exception {
        MockHttpSession officer = signIn("officer1");
        long before = entries();
        mvc.perform(fee(post("/admin/catalogue/fees").session(officer), "amount", "十元"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("收费标准应为数字")));
        assertThat(entries()).isEqualTo(before);

        String location = mvc.perform(fee(post("/admin/catalogue/fees").session(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        mvc.perform(get("/admin/catalogue/entries/" + id + "/edit").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"测试：证照工本费\"")))
                .andExpect(content().string(containsString("value=\"12.50\"")));
    }

    /** A complete guide's fields; {@code overrides} (name, value, name, value…) replace or add some. */
    private static MockHttpServletRequestBuilder completeGuide(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("version", List.of("0"));
        fields.put("name", List.of("测试：食品经营许可证延续"));
        fields.put("type", List.of("01"));
        fields.put("target", List.of("BOTH"));
        fields.put("handlingSection", List.of("行政审批股"));
        fields.put("legalBasis[0].title", List.of("《中华人民共和国食品安全法》"));
        fields.put("legalBasis[0].article", List.of("第三十五条"));
        fields.put("legalBasis[1].title", List.of(""));
        fields.put("conditions", List.of("持有有效的食品经营许可证\n\n许可有效期届满三十个工作日前提出申请"));
        fields.put("materials[0].name", List.of("营业执照"));
        fields.put("materials[0].form", List.of("复印件"));
        fields.put("materials[0].copies", List.of("1"));
        fields.put("materials[0].required", List.of("true"));
        fields.put("materials[1].name", List.of(""));
        fields.put("materials[1].required", List.of("true"));
        fields.put("materials[2].name", List.of(""));
        fields.put("materials[2].required", List.of("true"));
        fields.put("procedure[0].name", List.of("受理"));
        fields.put("procedure[0].limitDays", List.of("1"));
        fields.put("procedure[1].name", List.of("专家评审"));
        fields.put("procedure[1].special", List.of("true"));
        fields.put("procedure[2].name", List.of("决定"));
        fields.put("procedure[2].limitDays", List.of("5"));
        fields.put("procedure[3].name", List.of(""));
        fields.put("statutoryLimitDays", List.of("20"));
        fields.put("promisedLimitDays", List.of("10"));
        fields.put("visits", List.of("1"));
        fields.put("handlingForms", List.of("WINDOW", "ONLINE"));
        fields.put("onlineApplication", List.of("true"));
        fields.put("location", List.of("县政务服务中心2号窗口"));
        fields.put("officeHours", List.of("工作日 9:30-13:30，16:00-19:30"));
        fields.put("phone", List.of("0902-6822345"));
        fields.put("free", List.of("true"));
        return posted(request, fields, overrides);
    }

    private static MockHttpServletRequestBuilder fee(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("kind", List.of("ADMINISTRATIVE"));
        fields.put("name", List.of("测试：证照工本费"));
        fields.put("amount", List.of("12.50"));
        fields.put("unitOfCharge", List.of("元/本"));
        fields.put("legalBasis", List.of("发改价格〔2026〕1号"));
        return posted(request, fields, overrides);
    }

    private static MockHttpServletRequestBuilder posted(MockHttpServletRequestBuilder request, Map<String, List<String>> fields,
                                                        String... overrides) {
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], List.of(overrides[i + 1]));
        }
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request.with(csrf());
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from catalogue_entry where id = :id").param("id", id).query(Long.class).single());
    }

    private long entries() {
        return jdbc.sql("select count(*) from catalogue_entry").query(Long.class).single();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }
}
