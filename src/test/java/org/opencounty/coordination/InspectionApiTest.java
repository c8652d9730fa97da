package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inspections (督查) over the API and the pages: the center opens a round, the supervisor records a finding due in
 * working days, the unit's officer reports the rectification, its leader approves, the inspector closes or reopens it;
 * a finding not closed after its due day is overdue, marked with that moment, reminded and deducted; bad input changes
 * nothing; nobody acts outside their unit, role or step, and nobody checks their own work.
 */
class InspectionApiTest extends IntegrationTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TestAccounts accounts;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TaskSweep sweep;

    private InspectionApi api;

    @BeforeEach
    void api() {
        api = new InspectionApi(mvc);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String path(long round, long finding, String action) {
        return "/" + round + "/findings/" + finding + (action.isEmpty() ? "" : "/" + action);
    }

    @Test
    void aFindingIsRectifiedThroughTheUnitsLeaderAndClosedByTheInspector() throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("督查闭环测试", "\"market\",\"balikun-zhen\""));
        api.get(tokenFor("center"), "/" + round).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2)).andExpect(jsonPath("$.checklist.length()").value(2));
        long finding = api.finding(tokenFor("supervisor"), round, "market", 5);
        LocalDate due = workingDays.dueDate(LocalDate.of(2026, 7, 14), 5, Region.XJ).dueDate();
        api.get(tokenFor("officer1"), path(round, finding, "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.finding.dueDate").value(due.toString()))
                .andExpect(jsonPath("$.finding.state").value("OPEN"));

        api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已补发三篇工作动态，建立更新台账。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding.state").value("PENDING_LEADER"));
        time.travelTo(LocalDate.of(2026, 7, 16));
        api.post(tokenFor("leader1"), path(round, finding, "rectification/approve"), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding.state").value("PENDING_INSPECTOR"));
        time.travelTo(due.plusDays(3));
        api.post(tokenFor("supervisor"), path(round, finding, "rectification/close"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.finding.state").value("CLOSED_ON_TIME"))
                // Rectified when the unit's leader sent it on, not when the inspector got round to it.
                .andExpect(jsonPath("$.finding.rectifiedAt").value(containsString("2026-07-16T02:00")))
                .andExpect(jsonPath("$.finding.closedBy").value("supervisor"))
                .andExpect(jsonPath("$.history.length()").value(4))
                .andExpect(jsonPath("$.history[3].action").value("close"));
        api.get(tokenFor("center"), "/" + round).andExpect(jsonPath("$.counts.CLOSED_ON_TIME").value(1));
        assertThat(jdbc.sql("select action from audit_entry where target = 'finding:" + finding + "' order by id").query(String.class).list())
                .containsSubsequence("inspection.finding", "inspection.rectification.create", "inspection.rectification.submit",
                        "inspection.rectification.approve", "inspection.rectification.close");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'inspection.create' and target = 'inspection:" + round + "'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/inspections/" + round + "/findings/" + finding).session(sessionOf("officer1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("按期整改"))).andExpect(content().string(containsString("已补发三篇工作动态")));
    }

    @Test
    void theInspectorReopensWithAReasonAndTheUnitRectifiesAgain() throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("退回测试", "\"market\""));
        long finding = api.finding(tokenFor("center"), round, "market", 5);
        api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已整改\"}").andExpect(status().isOk());
        api.post(tokenFor("leader1"), path(round, finding, "rectification/approve"), null).andExpect(status().isOk());
        api.post(tokenFor("supervisor"), path(round, finding, "rectification/reopen"), "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        api.post(tokenFor("supervisor"), path(round, finding, "rectification/reopen"), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        api.get(tokenFor("officer1"), path(round, finding, "")).andExpect(jsonPath("$.finding.state").value("PENDING_INSPECTOR"));
        api.post(tokenFor("supervisor"), path(round, finding, "rectification/reopen"), "{\"reason\":\"未见台账，请补充佐证\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding.state").value("REOPENED"))
                .andExpect(jsonPath("$.history[?(@.action=='reopen')].reason").value("未见台账，请补充佐证"));
        api.post(tokenFor("supervisor"), path(round, finding, "rectification/close"), null).andExpect(status().isConflict());
        api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已整改并建立台账\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.finding.state").value("PENDING_LEADER")).andExpect(jsonPath("$.text").value("已整改并建立台账"));
    }

    @Test
    void anOverdueRectificationIsMarkedRemindedAndDeducted() throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("逾期测试", "\"balikun-zhen\""));
        long finding = api.finding(tokenFor("supervisor"), round, "balikun-zhen", 2);
        LocalDate due = workingDays.dueDate(LocalDate.of(2026, 7, 14), 2, Region.XJ).dueDate();
        sweep.sweep();
        assertThat(jdbc.sql("select kind from coord_finding_reminder where finding_id = ?").param(finding).query(String.class).list())
                .containsExactly("BEFORE");
        time.travelTo(due.plusDays(1));
        api.get(tokenFor("officer2"), path(round, finding, "")).andExpect(jsonPath("$.finding.state").value("OVERDUE"));
        sweep.sweep();
        sweep.sweep();
        assertThat(jdbc.sql("select overdue_at from coord_finding where id = ?").param(finding).query(OffsetDateTime.class).single().toInstant())
                .as("overdue from the end of the due day, Beijing time").isEqualTo(UnitTaskState.endOf(due));
        assertThat(jdbc.sql("select kind from coord_finding_reminder where finding_id = ? order by id").param(finding).query(String.class).list())
                .as("each reminder once").containsExactly("BEFORE", "AFTER");
        mvc.perform(get("/admin/inspections").session(sessionOf("leader2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("整改期限已于 " + due + " 届满，尚未销号")));
        mvc.perform(get("/admin").session(sessionOf("officer2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("栏目“工作动态”超过两周未更新")));
        mvc.perform(get("/api/v1/assessment/2026/units/balikun-zhen").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deductions[?(@.source.type=='finding' && @.source.id==" + finding + ")].source.url")
                        .value("/admin/inspections/" + round + "/findings/" + finding))
                .andExpect(jsonPath("$.deductions[?(@.source.type=='finding' && @.source.id==" + finding + ")].reason")
                        .value(org.hamcrest.Matchers.hasItem(containsString("逾期未整改"))));

        // Rectified late, it stays a deduction, now as a late one.
        api.post(tokenFor("officer2"), path(round, finding, "rectification"), "{\"text\":\"已整改\"}").andExpect(status().isOk());
        api.post(tokenFor("leader2"), path(round, finding, "rectification/approve"), null).andExpect(status().isOk());
        api.post(tokenFor("center"), path(round, finding, "rectification/close"), null).andExpect(jsonPath("$.finding.state").value("CLOSED_LATE"));
        mvc.perform(get("/api/v1/assessment/2026/units/balikun-zhen").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(jsonPath("$.deductions[?(@.source.type=='finding' && @.source.id==" + finding + ")].reason")
                        .value(org.hamcrest.Matchers.hasItem(containsString("逾期整改，整改于 " + due.plusDays(1)))));
    }

    static Stream<Arguments> badRounds() {
        String items = "\"checklist\":[{\"title\":\"信息公开\"}]";
        return Stream.of(
                Arguments.of("{\"name\":\"无事项\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[\"market\"],\"checklist\":[]}", "checklist"),
                Arguments.of("{\"name\":\"空事项\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[\"market\"],\"checklist\":[{\"title\":\" \"}]}", "checklist"),
                Arguments.of("{\"name\":\"无单位\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[]," + items + "}", "units"),
                Arguments.of("{\"name\":\"无此单位\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[\"nowhere\"]," + items + "}", "units"),
                Arguments.of("{\"name\":\"类别错\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"unitKinds\":[\"PLANET\"]," + items + "}", "unitKinds"),
                Arguments.of("{\"name\":\"\",\"from\":\"2026-07-01\",\"to\":\"2026-07-10\",\"units\":[\"market\"]," + items + "}", "name"),
                Arguments.of("{\"name\":\"倒置\",\"from\":\"2026-07-10\",\"to\":\"2026-07-01\",\"units\":[\"market\"]," + items + "}", "period"),
                Arguments.of("{\"name\":\"无期间\",\"units\":[\"market\"]," + items + "}", "period"),
                Arguments.of("{\"name\":\"日期错\",\"from\":\"7月1日\",\"to\":\"2026-07-10\",\"units\":[\"market\"]," + items + "}", "period"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource
    void badRounds(String body, String field) throws Exception {
        long before = count("coord_inspection");
        api.create(tokenFor("center"), body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andExpect(jsonPath("$.fields." + field).exists());
        assertThat(count("coord_inspection")).isEqualTo(before);
    }

    static Stream<Arguments> badFindings() {
        return Stream.of(
                Arguments.of("market", "ITEM", "问题", "要求", "0", "days"),
                Arguments.of("market", "ITEM", "问题", "要求", "-3", "days"),
                Arguments.of("market", "ITEM", "问题", "要求", "", "days"),
                Arguments.of("market", "ITEM", "问题", "要求", "五", "days"),
                Arguments.of("nowhere", "ITEM", "问题", "要求", "5", "unit"),
                Arguments.of("balikun-zhen", "ITEM", "问题", "要求", "5", "unit"),   // not in the round
                Arguments.of("market", "999999999", "问题", "要求", "5", "item"),
                Arguments.of("market", "ITEM", " ", "要求", "5", "problem"),
                Arguments.of("market", "ITEM", "问题", "", "5", "requirement"));
    }

    @ParameterizedTest(name = "{5}: {0} {1} {2} {3} {4}")
    @MethodSource
    void badFindings(String unit, String item, String problem, String requirement, String days, String field) throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("问题校验", "\"market\""));
        String itemId = String.valueOf(jdbc.sql("select min(id) from coord_inspection_item where inspection_id = ?").param(round)
                .query(Long.class).single());
        long before = count("coord_finding");
        api.post(tokenFor("supervisor"), "/" + round + "/findings", InspectionApi.finding(unit, 0, problem, requirement, days)
                        .replace("\"item\":\"0\"", "\"item\":\"" + item.replace("ITEM", itemId) + "\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields." + field).exists());
        assertThat(count("coord_finding")).isEqualTo(before);
    }

    @Test
    void nobodyChecksTheirOwnWork() throws Exception {
        String both = accounts.staff("market", Set.of(Role.INFO_OFFICER, Role.UNIT_LEADER), false);
        long round = api.created(tokenFor("center"), InspectionApi.round("自审测试", "\"market\""));
        long finding = api.finding(tokenFor("supervisor"), round, "market", 5);
        api.post(tokenFor(both), path(round, finding, "rectification"), "{\"text\":\"自己写的\"}").andExpect(status().isOk());
        api.post(tokenFor(both), path(round, finding, "rectification/approve"), null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));

        // An inspector who approved the rectification as the unit's leader does not also close it.
        String leaderAndInspector = accounts.staff("market", Set.of(Role.UNIT_LEADER, Role.SUPERVISOR), false);
        long second = api.finding(tokenFor("supervisor"), round, "market", 5);
        api.post(tokenFor("officer1"), path(round, second, "rectification"), "{\"text\":\"已整改\"}").andExpect(status().isOk());
        api.post(tokenFor(leaderAndInspector), path(round, second, "rectification/approve"), null).andExpect(status().isOk());
        api.post(tokenFor(leaderAndInspector), path(round, second, "rectification/close"), null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        api.post(tokenFor("supervisor"), path(round, second, "rectification/close"), null).andExpect(status().isOk());
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("officer1", "create", 403),
                Arguments.of("leader1", "create", 403),
                Arguments.of("supervisor", "create", 403),   // inspects, but the center opens rounds
                Arguments.of("citizen1", "list", 403),
                Arguments.of("citizen1", "get", 403),
                Arguments.of("officer2", "get", 403),        // the round does not inspect their unit
                Arguments.of("officer2", "read", 403),
                Arguments.of("leader2", "read", 403),
                Arguments.of("officer1", "record", 403),
                Arguments.of("leader1", "record", 403),
                Arguments.of("admin", "record", 403),        // the center's administrator is no inspector
                Arguments.of("officer2", "rectify", 403),    // another unit's officer
                Arguments.of("leader1", "rectify", 403),     // right unit, wrong role
                Arguments.of("center", "rectify", 403),
                Arguments.of("supervisor", "rectify", 403),
                Arguments.of("officer1", "approve", 403),
                Arguments.of("leader2", "approve", 403),     // another unit's leader
                Arguments.of("center", "approve", 403),      // the leader's step
                Arguments.of("supervisor", "approve", 403),
                Arguments.of("leader1", "close", 403),       // the inspector's step
                Arguments.of("officer1", "close", 403),
                Arguments.of("admin", "close", 403),
                Arguments.of("leader2", "close", 403),
                Arguments.of("leader1", "reopen", 403),
                Arguments.of("officer1", "reopen", 403),
                Arguments.of("citizen1", "reopen", 403));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, int expected) throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("权限测试", "\"market\""));
        long finding = api.finding(tokenFor("supervisor"), round, "market", 5);
        api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已整改\"}").andExpect(status().isOk());
        boolean atInspector = action.equals("close") || action.equals("reopen");
        if (atInspector) {
            api.post(tokenFor("leader1"), path(round, finding, "rectification/approve"), null).andExpect(status().isOk());
        }
        long rounds = count("coord_inspection");
        long findings = count("coord_finding");
        String token = tokenFor(who);
        (switch (action) {
            case "create" -> api.create(token, InspectionApi.round("越权部署", "\"market\""));
            case "list" -> api.get(token, "");
            case "get" -> api.get(token, "/" + round);
            case "read" -> api.get(token, path(round, finding, ""));
            case "record" -> api.post(token, "/" + round + "/findings", InspectionApi.finding("market",
                    jdbc.sql("select min(id) from coord_inspection_item where inspection_id = ?").param(round).query(Long.class).single(),
                    "越权记录", "越权", "5"));
            case "rectify" -> api.post(token, path(round, finding, "rectification"), "{\"text\":\"越权报送\"}");
            case "approve" -> api.post(token, path(round, finding, "rectification/approve"), null);
            case "close" -> api.post(token, path(round, finding, "rectification/close"), null);
            default -> api.post(token, path(round, finding, "rectification/reopen"), "{\"reason\":\"越权退回\"}");
        }).andExpect(status().is(expected));
        assertThat(count("coord_inspection")).isEqualTo(rounds);
        assertThat(count("coord_finding")).isEqualTo(findings);
        api.get(tokenFor("officer1"), path(round, finding, ""))
                .andExpect(jsonPath("$.finding.state").value(atInspector ? "PENDING_INSPECTOR" : "PENDING_LEADER"))
                .andExpect(jsonPath("$.text").value("已整改"));
    }

    @Test
    void aUnitSeesOnlyItsOwnFindingsAndTheLeaderThoseBelow() throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("可见范围", "\"market\",\"balikun-zhen\""));
        long market = api.finding(tokenFor("supervisor"), round, "market", 5);
        long town = api.finding(tokenFor("supervisor"), round, "balikun-zhen", 5);
        api.get(tokenFor("officer1"), "/" + round).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1)).andExpect(jsonPath("$.units[0].unit").value("market"))
                .andExpect(jsonPath("$.units[0].findings[0].id").value(market));
        api.get(tokenFor("officer1"), path(round, town, "")).andExpect(status().isForbidden());
        api.get(tokenFor("supervisor"), "/" + round).andExpect(jsonPath("$.units.length()").value(2));
        api.get(tokenFor("officer2"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id==" + round + ")].units[0].unit").value("balikun-zhen"));
    }

    @Test
    void aCircularIsDraftedFromTheDemoRoundsFindings() throws Exception {
        long round = jdbc.sql("select id from coord_inspection where name = '政府信息公开和网上办事工作专项督查'").query(Long.class).single();
        api.get(tokenFor("center"), "/" + round).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.CLOSED_ON_TIME").value(3)).andExpect(jsonPath("$.counts.CLOSED_LATE").value(1))
                .andExpect(jsonPath("$.counts.OVERDUE").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/circulars/draft")
                        .header("Authorization", bearer(tokenFor("center"))).contentType("application/json")
                        .content("{\"from\":{\"inspection\":\"" + round + "\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("关于“政府信息公开和网上办事工作专项督查”督查情况的通报"))
                .andExpect(jsonPath("$.body").value(containsString("三、逾期未整改的问题（1 个）：大河镇")))
                .andExpect(jsonPath("$.body").value(containsString("二、逾期整改的问题（1 个）：奎苏镇")))
                .andExpect(jsonPath("$.body").value(containsString("一、已按期整改的问题共 3 个。")));
        mvc.perform(get("/api/v1/assessment/2026/units/dahe-zhen").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(jsonPath("$.deductions[?(@.source.type=='finding')].indicator").value(org.hamcrest.Matchers.hasItem("督查问题按期整改")));
    }

    private org.springframework.test.web.servlet.ResultActions upload(String who, long round, long finding, String name, String text)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/inspections" + path(round, finding, "rectification/files"))
                .file(new org.springframework.mock.web.MockMultipartFile("file", name, "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", bearer(tokenFor(who))));
    }

    @Test
    void evidenceIsCheckedScreenedWithTheRectificationAndServedOnlyToThoseWhoSeeTheFinding() throws Exception {
        long round = api.created(tokenFor("center"), InspectionApi.round("佐证材料", "\"market\",\"balikun-zhen\""));
        long finding = api.finding(tokenFor("supervisor"), round, "market", 5);
        upload("officer1", round, finding, "run.exe", "MZ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.file").exists());
        upload("officer2", round, finding, "台账.txt", "别的单位").andExpect(status().isForbidden());
        upload("officer1", round, finding, "台账.txt", "整改台账：已补发工作动态三篇。").andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(1)).andExpect(jsonPath("$.files[0].filename").value("台账.txt"))
                .andExpect(jsonPath("$.files[0].readable").value(true));
        String secret = upload("officer1", round, finding, "内部.txt", "秘密★1年 内部情况").andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(2)).andReturn().getResponse().getContentAsString();
        long secretId = ((Number) com.jayway.jsonpath.JsonPath.read(secret, "$.files[1].id")).longValue();
        api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已整改，见佐证材料\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"));
        api.post(tokenFor("officer1"), path(round, finding, "rectification/files/" + secretId + "/delete"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(1));
        String submitted = api.post(tokenFor("officer1"), path(round, finding, "rectification"), "{\"text\":\"已整改，见佐证材料\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding.state").value("PENDING_LEADER"))
                .andReturn().getResponse().getContentAsString();
        String url = com.jayway.jsonpath.JsonPath.read(submitted, "$.files[0].url");
        assertThat(mvc.perform(get(url).header("Authorization", bearer(tokenFor("leader1")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("整改台账：已补发工作动态三篇。");
        mvc.perform(get(url).header("Authorization", bearer(tokenFor("officer2")))).andExpect(status().isForbidden());
        // In review, nothing more is attached.
        upload("officer1", round, finding, "补充.txt", "补充").andExpect(status().isConflict());
    }

    @Test
    void thePagesFormsRefuseBadInputInChineseAndSaveNothing() throws Exception {
        var center = sessionOf("center");
        long rounds = count("coord_inspection");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/inspections").session(center)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "页面校验").param("from", "2026-07-01").param("to", "2026-07-10").param("checklist", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少列出一项检查事项")))
                .andExpect(content().string(containsString("请选择至少一个单位")));
        assertThat(count("coord_inspection")).isEqualTo(rounds);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/inspections").session(center)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "页面部署").param("from", "2026-07-01").param("to", "2026-07-10").param("units", "market")
                        .param("checklist", "信息公开：栏目按期更新\n办事服务"))
                .andExpect(status().is3xxRedirection());
        long round = jdbc.sql("select max(id) from coord_inspection where name = '页面部署'").query(Long.class).single();
        assertThat(jdbc.sql("select title || '|' || description from coord_inspection_item where inspection_id = ? order by sort_order")
                .param(round).query(String.class).list()).containsExactly("信息公开|栏目按期更新", "办事服务|");
        long findings = count("coord_finding");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/inspections/" + round + "/findings")
                        .session(sessionOf("supervisor"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("unit", "market").param("item", "").param("problem", "问题").param("requirement", "要求").param("days", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("整改期限应为 1 至 250 个工作日")))
                .andExpect(content().string(containsString("请选择本次督查的检查事项")));
        assertThat(count("coord_finding")).isEqualTo(findings);
    }
}
