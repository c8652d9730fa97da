package org.opencounty.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.Listeners;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A unit's profile through the review chain of notice 2013-38 over HTTP: the officer submits, the unit's principal
 * leader approves, the center publishes, and the portal changes only then. Each test works on a unit no other test
 * touches, with accounts of its own, so that none leaves another a revision in review.
 */
class ProfileReviewChainTest extends IntegrationTest {

    @Autowired
    private TestAccounts accounts;

    @Test
    void thePortalShowsTheNewProfileOnlyAfterTheCenterPublishesIt() throws Exception {
        String unit = "welfare-center";
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        String leader = tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false));
        String center = tokenFor("center");
        String oldAddress = field(unit, "address");
        String newAddress = "巴里坤县巴里坤镇南大街88号社会福利中心综合楼";
        portal(unit).andExpect(content().string(containsString(oldAddress)));

        save(officer, unit, profile(newAddress, "工作日 10:00-19:30", "承担特困人员集中供养和社会养老服务。"), version(unit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.liveStaysUpMeanwhile").value(true))
                .andExpect(jsonPath("$.live.address").value(oldAddress))
                .andExpect(jsonPath("$.revision.profile.address").value(newAddress))
                .andExpect(jsonPath("$.changes[?(@.key == 'address')].changed").value(hasItem(true)));
        portal(unit).andExpect(content().string(containsString(oldAddress)))
                .andExpect(content().string(not(containsString(newAddress))));

        act(officer, unit, "submit").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(center, unit, "approve").andExpect(status().isForbidden());
        act(center, unit, "publish").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_STATE"));
        act(leader, unit, "approve").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        act(leader, unit, "approve").andExpect(status().isForbidden());
        portal(unit).andExpect(content().string(not(containsString(newAddress))));
        mvc.perform(get("/api/v1/units/" + unit)).andExpect(jsonPath("$.address").value(oldAddress));

        act(center, unit, "publish").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.revision").doesNotExist())
                .andExpect(jsonPath("$.live.address").value(newAddress))
                .andExpect(jsonPath("$.history[*].action").value(contains("import", "edit", "submit", "approve", "approve")))
                .andExpect(jsonPath("$.history[4].toState").value("PUBLISHED"))
                .andExpect(jsonPath("$.history[4].revision").value(2));
        portal(unit).andExpect(content().string(containsString(newAddress)));
        mvc.perform(get("/api/v1/units/" + unit)).andExpect(jsonPath("$.address").value(newAddress))
                .andExpect(jsonPath("$.officeHours").value("工作日 10:00-19:30"));
        assertThat(jdbc.sql("select action from audit_entry where target = :target and result = 'SUCCESS' order by id")
                .param("target", "unit:" + unit).query(String.class).list())
                .containsSubsequence("unit.profile.edit", "unit.profile.submit", "unit.profile.approve", "unit.profile.approve");
    }

    @Test
    void nobodyApprovesTheirOwnSubmissionAndAReturnNeedsAReason() throws Exception {
        String unit = "people-hospital";
        String writingLeader = accounts.staff(unit, Role.UNIT_LEADER, false);
        String leader = tokenFor(writingLeader);
        String otherLeader = tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false));
        save(leader, unit, profile("巴里坤县巴里坤镇北大街50号门诊楼", "全天24小时急诊", "承担全县急危重症救治。"), version(unit))
                .andExpect(status().isOk());
        act(leader, unit, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        act(leader, unit, "approve").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        view(otherLeader, unit).andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        act(otherLeader, unit, "return", "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").value("请填写退回理由（不超过2000字）"));
        view(otherLeader, unit).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(otherLeader, unit, "return", "{\"reason\":\"急诊时间请与医院公告一致\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.history[-1].reason").value("急诊时间请与医院公告一致"));
        act(tokenFor("center"), unit, "approve").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_STATE"));
    }

    @Test
    void aLeaderWhoWroteTheRevisionMayNotApproveItAfterAnOfficerSavedAndSubmittedIt() throws Exception {
        String unit = "santanghu-zhen";
        String leader = tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false));
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        save(leader, unit, profile("三塘湖镇人民路1号", "工作日", "负责全镇行政管理。"), version(unit)).andExpect(status().isOk());
        save(officer, unit, profile("三塘湖镇人民路1号", "工作日 9:30-19:30", "负责全镇行政管理。"), version(unit)).andExpect(status().isOk());
        act(officer, unit, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        act(leader, unit, "approve").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        view(leader, unit).andExpect(jsonPath("$.state").value("PENDING_LEADER"));
    }

    @Test
    void anotherUnitsStaffCanNeitherSeeNorChangeNorApproveAProfile() throws Exception {
        // The demo's Dahe market office (a subordinate unit of market) waits for leader1's approval.
        String unit = "market-dahe";
        String officer2 = tokenFor("officer2");
        String leader2 = tokenFor("leader2");
        long version = version(unit);
        view(tokenFor("leader1"), unit).andExpect(jsonPath("$.state").value("PENDING_LEADER"));

        view(officer2, unit).andExpect(status().isForbidden());
        save(officer2, unit, profile("别处", "工作日", "职责"), version).andExpect(status().isForbidden());
        act(officer2, unit, "submit").andExpect(status().isForbidden());
        act(leader2, unit, "approve").andExpect(status().isForbidden());
        act(leader2, unit, "return", "{\"reason\":\"不是本单位的\"}").andExpect(status().isForbidden());
        act(tokenFor("handler1"), unit, "approve").andExpect(status().isForbidden());

        view(tokenFor("leader1"), unit).andExpect(jsonPath("$.state").value("PENDING_LEADER"))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.revision.profile.address").value("巴里坤县大河镇幸福路18号便民服务综合楼二楼"));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'leader2' and action = 'unit.profile.review' and result = 'DENIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/admin/units/" + unit).session(signIn("officer2"))).andExpect(status().isForbidden());
    }

    @Test
    void prohibitedContentIsRefusedAtSubmissionAndAgainAtPublicationAndChangesNothing() throws Exception {
        String unit = "dahe-cun";
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        String leader = tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false));
        // A village's second step is its township's (ADR 0020).
        String center = tokenFor(accounts.staff("dahe-zhen", Role.TOWNSHIP_REVIEWER, false));
        String duties = field(unit, "duties");
        save(officer, unit, profile("巴里坤县大河镇大河村村委会", "工作日", "负责村民自治。内部资料，注意保存"), version(unit))
                .andExpect(status().isOk());
        long version = version(unit);

        act(officer, unit, "submit").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"))
                .andExpect(jsonPath("$.fields.duties").value(containsString("内部资料")))
                .andExpect(jsonPath("$.findings[0].field").value("duties"))
                .andExpect(jsonPath("$.findings[0].rule").value("INTERNAL_MARKING"));
        view(officer, unit).andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.revision.submittedBy").doesNotExist());
        mvc.perform(get("/api/v1/units/" + unit)).andExpect(jsonPath("$.duties").value(duties));

        // Clean text passes; a term the center adds while the revision waits still stops its publication.
        String term = "大河测试禁词";
        save(officer, unit, profile("巴里坤县大河镇大河村村委会", "工作日", "负责村民自治和" + term + "。"), version).andExpect(status().isOk());
        act(officer, unit, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(leader, unit, "approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        String admin = tokenFor("admin");
        String added = mvc.perform(post("/api/v1/screening/terms").header("Authorization", bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"" + term + "\",\"category\":\"测试\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        try {
            act(center, unit, "publish").andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.findings[0].rule").value("PROHIBITED_TERM"));
            view(center, unit).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
            mvc.perform(get("/api/v1/units/" + unit)).andExpect(jsonPath("$.duties").value(duties));
            assertThat(jdbc.sql("select count(*) from audit_entry where target = :target and action = 'unit.profile.publish' and result = 'DENIED'")
                    .param("target", "unit:" + unit).query(Long.class).single()).isEqualTo(1);
        } finally {
            mvc.perform(delete("/api/v1/screening/terms/" + JsonPath.read(added, "$.id")).header("Authorization", bearer(admin)));
        }
        act(center, unit, "return", "{\"reason\":\"请删去不宜公开的词语\"}").andExpect(jsonPath("$.state").value("RETURNED"));
    }

    /** ADR 0020: the township reviews its villages and communities at the second step, not the county's center. */
    @Test
    void aCommunitysProfileIsPublishedByItsTownshipNotByTheCenterNorAnotherTownship() throws Exception {
        String unit = "dongjie-community";
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        String leader = tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false));
        String township = tokenFor(accounts.staff("balikun-zhen", Role.TOWNSHIP_REVIEWER, false));
        String otherTownship = tokenFor(accounts.staff("dahe-zhen", Role.TOWNSHIP_REVIEWER, false));
        save(officer, unit, profile("巴里坤县巴里坤镇东大街68号", "工作日 10:00-19:30", "负责辖区居民自治和便民服务。"), version(unit))
                .andExpect(status().isOk());
        act(officer, unit, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(township, unit, "approve").andExpect(status().isForbidden());
        act(leader, unit, "approve").andExpect(jsonPath("$.state").value("PENDING_CENTER"));

        act(tokenFor("center"), unit, "publish").andExpect(status().isForbidden());
        act(otherTownship, unit, "publish").andExpect(status().isForbidden());
        view(officer, unit).andExpect(jsonPath("$.state").value("PENDING_CENTER"));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'center' and target = 'unit:dongjie-community' and result = 'DENIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        act(township, unit, "publish").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLISHED"));
        portal(unit).andExpect(content().string(containsString("巴里坤县巴里坤镇东大街68号")));
    }

    @Test
    void aStaleEditIsRefusedAndARevisionInReviewCannotBeChanged() throws Exception {
        String unit = "jiuhu-cun";
        String officer = tokenFor(accounts.staff(unit, Role.INFO_OFFICER, false));
        long version = version(unit);
        save(officer, unit, profile("旧户村村委会", "第一次修改", "职责"), version).andExpect(status().isOk());
        save(officer, unit, profile("旧户村村委会", "过时的修改", "职责"), version).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        view(officer, unit).andExpect(jsonPath("$.revision.profile.officeHours").value("第一次修改"));

        act(officer, unit, "submit").andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        save(officer, unit, profile("旧户村村委会", "审核中的修改", "职责"), version(unit)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_STATE"));
        view(officer, unit).andExpect(jsonPath("$.revision.profile.officeHours").value("第一次修改"))
                .andExpect(jsonPath("$.state").value("PENDING_LEADER"));
        act(tokenFor(accounts.staff(unit, Role.UNIT_LEADER, false)), unit, "return", "{\"reason\":\"请核对办公时间\"}")
                .andExpect(jsonPath("$.state").value("RETURNED"));
        save(officer, unit, profile("旧户村村委会", "工作日 10:00-18:00", "职责"), version(unit)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.revision.number").value(2));
    }

    @Test
    void leadersFindWaitingProfilesInTheBackOfficeWithTheLiveVersionBeside() throws Exception {
        MockHttpSession leader1 = signIn("leader1");
        mvc.perform(get("/admin").session(leader1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("待我审核的单位信息")))
                .andExpect(content().string(containsString("href=\"/admin/units/market-dahe\"")));
        mvc.perform(get("/admin/units/market-dahe").session(leader1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("修订版本与网站现行版本对照")))
                .andExpect(content().string(containsString("巴里坤县大河镇人民路20号")))
                .andExpect(content().string(containsString("巴里坤县大河镇幸福路18号便民服务综合楼二楼")))
                .andExpect(content().string(containsString("（网站上仍显示已发布的版本）")))
                .andExpect(content().string(containsString("审核通过，报送电子政务中心")));
        mvc.perform(get("/admin/units/market-dahe").session(signIn("officer1"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("审核通过"))))
                .andExpect(content().string(containsString("修订版本正在审核中，退回后才能修改")));
        mvc.perform(post("/admin/units/market-dahe/profile/approve").session(leader1)).andExpect(status().isForbidden());
        portal("market-dahe").andExpect(content().string(containsString("巴里坤县大河镇人民路20号")))
                .andExpect(content().string(not(containsString("幸福路18号"))));
    }

    @Test
    void theBackOfficeFormShowsMistakesInChineseAndSavesNothing() throws Exception {
        String unit = "xijie-community";
        MockHttpSession officer2 = signIn("officer2");
        long version = version(unit);
        mvc.perform(post("/admin/units/" + unit).session(officer2).with(csrf())
                        .param("version", Long.toString(version)).param("organisation", "社区党支部和居民委员会")
                        .param("email", "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("电子信箱格式不正确")))
                .andExpect(content().string(containsString("社区党支部和居民委员会")));
        assertThat(version(unit)).isEqualTo(version);
        mvc.perform(post("/admin/units/" + unit).session(officer2).with(csrf())
                        .param("version", Long.toString(version)).param("organisation", "社区党支部和居民委员会"))
                .andExpect(redirectedUrl("/admin/units/" + unit + "?done=edit"));
        mvc.perform(get("/admin/units/" + unit + "?done=edit").session(officer2))
                .andExpect(content().string(containsString("已保存为草稿")))
                .andExpect(content().string(containsString("报送单位领导审核")));
    }

    @Test
    void theOpenApiDescriptionNamesEveryStep() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/units/{code}/profile/submit")))
                .andExpect(content().string(containsString("/api/v1/units/{code}/profile/approve")))
                .andExpect(content().string(containsString("/api/v1/units/{code}/profile/return")))
                .andExpect(content().string(containsString("/api/v1/units/{code}/profile/publish")))
                .andExpect(content().string(containsString("经本单位主要领导审核")));
    }

    private ResultActions save(String token, String unit, String json, long version) throws Exception {
        return mvc.perform(put("/api/v1/units/" + unit + "/profile").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json.replace("%VERSION%", Long.toString(version))));
    }

    private ResultActions act(String token, String unit, String action) throws Exception {
        return act(token, unit, action, "{}");
    }

    private ResultActions act(String token, String unit, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/units/" + unit + "/profile/" + action).header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions view(String token, String unit) throws Exception {
        return mvc.perform(get("/api/v1/units/" + unit + "/profile").header("Authorization", bearer(token)));
    }

    private ResultActions portal(String unit) throws Exception {
        Listeners.awaitCompletion(jdbc);
        return mvc.perform(get("/units/" + unit));
    }

    private long version(String unit) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get("/api/v1/units/" + unit)).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
    }

    private String field(String unit, String name) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/units/" + unit)).andReturn().getResponse().getContentAsString(), "$." + name);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private static String profile(String address, String officeHours, String duties) {
        return """
                {"organisation":"内设综合办公室","duties":"%s","leaderName":"张三","address":"%s","phone":"0902-6820000",
                 "email":"office@balikun.gov.cn","officeHours":"%s",
                 "contacts":[{"role":"PRINCIPAL_LEADER","name":"张三","post":"主任","phone":"18999680000","email":""}],
                 "version":%%VERSION%%}
                """.formatted(duties, address, officeHours);
    }
}
