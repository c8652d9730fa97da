package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** The written notices (文书) of a case as printable pages: for the applicant and the unit, nobody else. */
class WrittenNoticesTest extends IntegrationTest {

    @Autowired
    WorkingDays calendar;

    @Autowired
    TimeMachine time;

    private ApplicationApi api;
    private long item;

    @BeforeEach
    void setUp() {
        api = new ApplicationApi(mvc, jdbc);
        item = api.onlineItemOf("market");
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    @Test
    void theApplicantPrintsTheCorrectionNoticeListingEverythingMissing() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), id, "request-correction",
                "{\"missing\":[\"营业执照复印件不清晰\",\"缺少法定代表人签字\"],\"note\":\"请携带原件核验\"}").andExpect(status().isOk());
        long event = event(id, "request-correction");
        MockHttpSession citizen = session("citizen1", DEMO_PASSWORD);

        String casePage = page(citizen, "/account/applications/" + id);
        assertThat(casePage).contains("href=\"/account/applications/" + id + "/notices/" + event + "\">补正材料通知书</a>");
        String notice = page(citizen, "/account/applications/" + id + "/notices/" + event);
        String number = "market补〔" + LocalDate.now(time).getYear() + "〕" + event + "号";
        assertThat(notice).contains("<h1 class=\"notice-title\">补正材料通知书</h1>", number, "一次告知",
                "<li>营业执照复印件不清晰</li>", "<li>缺少法定代表人签字</li>", "请携带原件核验", "（印章）", "张明", unitName());
        assertThat(page(citizen, "/account/applications/" + id + "/notices/" + event)).contains(number);
        assertThat(page(session("handler1", DEMO_PASSWORD), "/admin/applications/" + id + "/notices/" + event)).contains(number, "<li>缺少法定代表人签字</li>");
        assertThat(page(session("handler1", DEMO_PASSWORD), "/admin/applications/" + id)).contains("/admin/applications/" + id + "/notices/" + event);

        // Lines that issue no notice, and lines of another case, are not notices of this one.
        mvc.perform(get("/account/applications/" + id + "/notices/" + event(id, "submit")).session(citizen)).andExpect(status().isNotFound());
        long other = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), other, "accept").andExpect(status().isOk());
        mvc.perform(get("/account/applications/" + id + "/notices/" + event(other, "accept")).session(citizen)).andExpect(status().isNotFound());
        mvc.perform(get("/account/applications/" + Long.MAX_VALUE + "/notices/" + event).session(citizen)).andExpect(status().isNotFound());
    }

    @Test
    void nobodyElseReadsTheNotices() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), id, "request-correction", "{\"missing\":[\"身份证复印件\"]}").andExpect(status().isOk());
        long event = event(id, "request-correction");
        mvc.perform(post("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"noticeother\",\"phone\":\"13999007788\",\"name\":\"王五\",\"password\":\"Winter#2026\"}"));
        mvc.perform(get("/account/applications/" + id + "/notices/" + event).session(session("noticeother", "Winter#2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + id + "/notices/" + event).session(session("handler2", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account/applications/" + id + "/notices/" + event)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRejectionNamesReasonBasisAndRemedies() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), id, "reject", "{\"reason\":\"申请事项不属于本机关职权范围\",\"legalBasis\":\"《中华人民共和国行政许可法》第三十二条第一款第（二）项\"}")
                .andExpect(status().isOk());
        String notice = page(session("citizen1", DEMO_PASSWORD), "/account/applications/" + id + "/notices/" + event(id, "reject"));
        assertThat(notice).contains("不予受理决定书", "申请事项不属于本机关职权范围", "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                "本机关决定不予受理", CaseHandling.REMEDIES);
    }

    @Test
    void theAcceptanceNoticeGivesThePromisedDate() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        api.act(tokenFor("handler1"), id, "accept").andExpect(status().isOk());
        int promised = jdbc.sql("select promised_days from application where id = :id").param("id", id).query(Integer.class).single();
        LocalDate due = calendar.dueDate(LocalDate.now(time), promised, Region.XJ).dueDate();
        String notice = page(session("citizen1", DEMO_PASSWORD), "/account/applications/" + id + "/notices/" + event(id, "accept"));
        assertThat(notice).contains("受理通知书", "决定予以受理", "承诺办结日期为" + WrittenNotices.day(due),
                promised == 0 ? "即办件" : "承诺办理期限为" + promised + "个工作日");
    }

    @Test
    void theSpecialProcedureExtensionAndRefusalNoticesGiveTheirFacts() throws Exception {
        long id = api.submitted(tokenFor("citizen1"), item);
        String handler = tokenFor("handler1");
        String leader = tokenFor("leader1");
        api.act(handler, id, "accept").andExpect(status().isOk());
        api.act(handler, id, "suspend", "{\"procedure\":\"专家评审\",\"reason\":\"组织专家现场评审\"}").andExpect(status().isOk());
        api.act(handler, id, "resume").andExpect(status().isOk());
        api.act(leader, id, "extend", "{\"days\":5,\"reason\":\"需补充现场核查\"}").andExpect(status().isOk());
        api.act(leader, id, "decide", "{\"approved\":false,\"reason\":\"经营场所不符合消防安全要求\"}").andExpect(status().isOk());
        MockHttpSession citizen = session("citizen1", DEMO_PASSWORD);
        String base = "/account/applications/" + id + "/notices/";
        assertThat(page(citizen, base + event(id, "suspend"))).contains("特别程序告知书", "专家评审：组织专家现场评审", "第四十五条", "不计算在办理期限内");
        assertThat(page(citizen, base + event(id, "extend"))).contains("延长期限告知书", "需补充现场核查", "经本机关负责人批准", "延长5个工作日");
        assertThat(page(citizen, base + event(id, "decide"))).contains("不予行政许可决定书", "经营场所不符合消防安全要求", "第三十八条第二款",
                CaseHandling.REMEDIES);
    }

    private long event(long id, String action) {
        return jdbc.sql("select max(id) from application_event where application_id = :id and action = :a").param("id", id).param("a", action)
                .query(Long.class).single();
    }

    /** Notices carry the unit's full legal name, not the directory's short one (县市场监督管理局). */
    private String unitName() {
        String legal = jdbc.sql("select legal_name from unit where code = 'market' limit 1").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(legal).isEqualTo("巴里坤哈萨克自治县市场监督管理局");
        return legal;
    }

    private MockHttpSession session(String user, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(password)).andReturn().getRequest().getSession();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
