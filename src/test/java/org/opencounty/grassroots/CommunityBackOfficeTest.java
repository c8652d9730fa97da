package org.opencounty.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The community's back office over HTTP (issue 14): its staff keep the 便民服务 directory, announce activities, see and
 * export who signed up and call an activity off with a notice to them, and write notices that the director approves and
 * the township publishes; the township reads everything and changes nothing; nobody else sees it.
 */
class CommunityBackOfficeTest extends IntegrationTest {

    private static final String PAGE = "/admin/communities/dongjie-community";

    @Autowired
    private Accounts accounts;

    @Autowired
    private CommunityPlatform platform;

    private MvcResult postAs(MockHttpSession session, String path, String... params) throws Exception {
        var request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static String redirect(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsByteArray().length + " bytes").isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("the community's officer", "community1", 200, true),
                Arguments.of("the community's director", "communityhead1", 200, true),
                Arguments.of("its township's reviewer (reads only)", "township1", 200, false),
                Arguments.of("another township", "township2", 403, false),
                Arguments.of("a village's officer", "village1", 403, false),
                Arguments.of("the county center", "center", 403, false),
                Arguments.of("a citizen", "citizen1", 403, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void onlyTheCommunitysStaffKeepItsPagesAndItsTownshipReadsThem(String who, String username, int status, boolean keeps) throws Exception {
        MockHttpSession session = sessionOf(username);
        var page = mvc.perform(get(PAGE).session(session)).andExpect(status().is(status));
        if (status == 200) {
            page.andExpect(content().string(containsString("东街社区卫生服务站")));
            page.andExpect(keeps ? content().string(containsString("添加便民服务")) : content().string(not(containsString("添加便民服务"))));
        }
        if (!keeps) {
            long before = platform.services(siteId(), "dongjie-community").size();
            int refused = postAs(session, PAGE + "/services", "category", "维修", "name", "不该加上的服务").getResponse().getStatus();
            assertThat(refused).isEqualTo(403);
            assertThat(platform.services(siteId(), "dongjie-community")).hasSize((int) before);
        }
    }

    private long siteId() {
        return jdbc.sql("select id from site where code = 'barkol'").query(Long.class).single();
    }

    @Test
    void theDirectoryIsAddedToEditedWithItsVersionAndRemovedWithMistakesNamed() throws Exception {
        MockHttpSession officer = sessionOf("community1");
        MvcResult bad = postAs(officer, PAGE + "/services", "category", "", "name", "理发", "phone", "请打电话");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("请填写类别").contains("电话只能包含数字");
        assertThat(platform.services(siteId(), "dongjie-community")).noneMatch(s -> s.name().equals("理发"));

        redirect(postAs(officer, PAGE + "/services", "category", "理发", "name", "爱心理发点", "address", "东大街62号",
                "phone", "0902-6821290", "hours", "每周三 10:00-13:00"));
        CommunityService added = platform.services(siteId(), "dongjie-community").stream().filter(s -> s.name().equals("爱心理发点"))
                .findFirst().orElseThrow();
        mvc.perform(get(PAGE).session(officer)).andExpect(content().string(containsString("爱心理发点")));

        String edit = PAGE + "/services/" + added.id();
        redirect(postAs(officer, edit, "category", "理发", "name", "爱心理发点", "address", "东大街64号", "phone", "0902-6821290",
                "hours", "每周三 10:00-13:00", "version", Long.toString(added.version())));
        MvcResult stale = postAs(officer, edit, "category", "理发", "name", "过时的修改", "address", "", "phone", "", "hours", "",
                "version", Long.toString(added.version()));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("已被他人修改");
        mvc.perform(get("/communities/dongjie-community")).andExpect(content().string(containsString("东大街64号")))
                .andExpect(content().string(not(containsString("过时的修改"))));

        redirect(postAs(officer, edit + "/remove"));
        mvc.perform(get("/communities/dongjie-community")).andExpect(content().string(not(containsString("爱心理发点"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'community.service.remove' and target = :t")
                .param("t", "community-service:" + added.id()).query(Long.class).single()).isEqualTo(1);
        // Another community's entry is not this community's to remove.
        long other = platform.services(siteId(), "dongjie-community").getFirst().id();
        assertThat(postAs(officer, "/admin/communities/xijie-community/services/" + other + "/remove").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anActivityIsAnnouncedItsVolunteersListedAndExportedAndItsCancellationNoticeReachesThem() throws Exception {
        MockHttpSession officer = sessionOf("community1");
        MvcResult wrongEnd = postAs(officer, PAGE + "/activities", "title", "社区义诊", "place", "服务站", "startsAt", "2026-07-25T10:00",
                "endsAt", "2026-07-25T09:00", "capacity", "2");
        assertThat(wrongEnd.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrongEnd.getResponse().getContentAsString()).contains("结束时间应晚于开始时间");

        String admin = redirect(postAs(officer, PAGE + "/activities", "title", "社区义诊志愿服务", "description", "协助医生维持秩序。",
                "place", "东街社区服务站", "startsAt", "2026-07-25T10:00", "endsAt", "2026-07-25T13:00", "capacity", "2"))
                .replaceAll("\\?.*", "");
        long id = Long.parseLong(admin.substring(admin.lastIndexOf('/') + 1));

        String name = "义诊志愿者" + System.nanoTime() % 100_000;
        String username = "clinic" + System.nanoTime() % 100_000;
        accounts.registerCitizen(siteId(), username, name, "1377" + String.format("%07d", System.nanoTime() % 10_000_000), null, DEMO_PASSWORD);
        MockHttpSession citizen = sessionOf(username);
        redirect(postAs(citizen, "/communities/dongjie-community/activities/" + id + "/register"));

        mvc.perform(get(admin).session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("报名名单（1 人）")));
        mvc.perform(get(admin).session(sessionOf("township1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name))).andExpect(content().string(not(containsString("取消活动并通知报名居民"))));
        mvc.perform(get(admin).session(sessionOf("township2"))).andExpect(status().isForbidden());
        mvc.perform(get(admin + "/registrations.csv").session(officer)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"____-\\d+\\.csv\"; filename\\*=UTF-8''%E6%8A%A5%E5%90%8D%E5%90%8D%E5%8D%95-\\d+\\.csv")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get(admin + "/registrations.csv").session(sessionOf("village1"))).andExpect(status().isForbidden());

        MvcResult noReason = postAs(officer, admin + "/cancel", "reason", " ");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(postAs(sessionOf("township1"), admin + "/cancel", "reason", "乡镇不能取消").getResponse().getStatus()).isEqualTo(403);
        redirect(postAs(officer, admin + "/cancel", "reason", "因天气原因，义诊改期，另行通知。"));

        mvc.perform(get("/account/activities").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(containsString("“社区义诊志愿服务”活动已取消。因天气原因，义诊改期，另行通知。")));
        mvc.perform(get("/communities/dongjie-community")).andExpect(content().string(containsString("已取消")));
        assertThat(postAs(sessionOf("citizen1"), "/communities/dongjie-community/activities/" + id + "/register").getResponse().getStatus())
                .isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'community.activity.cancel' and target = :t")
                .param("t", "activity:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNoticeIsWrittenApprovedByTheDirectorPublishedByTheTownshipAndShownNewestFirst() throws Exception {
        MockHttpSession officer = sessionOf("community1");
        MvcResult empty = postAs(officer, PAGE + "/notices", "title", "", "body", "");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("请填写标题").contains("请填写通知内容");

        String admin = redirect(postAs(officer, PAGE + "/notices", "title", "关于停水的通知",
                "body", "因管网维修，本周六 10:00 至 18:00 东大街停水，请居民提前储水。")).replaceAll("\\?.*", "");
        long id = Long.parseLong(admin.substring(admin.lastIndexOf('/') + 1));
        mvc.perform(get("/communities/dongjie-community")).andExpect(content().string(not(containsString("关于停水的通知"))));
        redirect(postAs(officer, admin + "/submit"));
        assertThat(postAs(officer, admin + "/approve").getResponse().getStatus()).isEqualTo(403);
        redirect(postAs(sessionOf("communityhead1"), admin + "/approve"));
        mvc.perform(get("/admin").session(sessionOf("township1"))).andExpect(content().string(containsString("href=\"" + admin + "\"")));
        mvc.perform(get("/admin").session(sessionOf("township2"))).andExpect(content().string(not(containsString("关于停水的通知"))));
        assertThat(postAs(sessionOf("center"), admin + "/approve").getResponse().getStatus()).isEqualTo(403);
        assertThat(postAs(sessionOf("township2"), admin + "/approve").getResponse().getStatus()).isEqualTo(403);
        redirect(postAs(sessionOf("township1"), admin + "/approve"));

        String page = mvc.perform(get("/communities/dongjie-community")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("关于停水的通知").contains("关于开展冬季取暖安全检查的通知");
        assertThat(page.indexOf("关于停水的通知")).isLessThan(page.indexOf("关于开展冬季取暖安全检查的通知"));
        assertThat(page).doesNotContain("关于清理楼道杂物的通知");
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from review_event where kind = 'community.notice' and subject_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("create,submit,approve,approve");

        // The director takes it down with a reason, which its history keeps.
        redirect(postAs(sessionOf("communityhead1"), admin + "/withdraw", "reason", "停水已取消"));
        mvc.perform(get("/communities/dongjie-community")).andExpect(content().string(not(containsString("关于停水的通知"))));
        mvc.perform(get(admin).session(officer)).andExpect(content().string(containsString("停水已取消")));
    }

    @Test
    void aNoticeWithClassifiedMarkingsIsRefusedAtSubmission() throws Exception {
        MockHttpSession officer = sessionOf("community1");
        String admin = redirect(postAs(officer, PAGE + "/notices", "title", "内部通知", "body", "机密★1年 本通知仅供内部传达。"))
                .replaceAll("\\?.*", "");
        MvcResult refused = postAs(officer, admin + "/submit");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("禁止发布");
        mvc.perform(get(admin).session(officer)).andExpect(content().string(containsString("草稿")));
    }
}
