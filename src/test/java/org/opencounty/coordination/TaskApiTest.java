package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Tasks (督办) over the API and the pages: the center issues to two units, one reports through its leader to the
 * center and is on time, the other never reports and is overdue the day after the deadline and reminded; bad input
 * changes nothing; nobody acts outside their unit, role or step, and nobody approves their own report.
 */
class TaskApiTest extends IntegrationTest {

    @Autowired
    TimeMachine time;
    @Autowired
    TestAccounts accounts;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TaskSweep sweep;

    private TaskApi api;

    @BeforeEach
    void api() {
        api = new TaskApi(mvc);
    }

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private long count() {
        return jdbc.sql("select count(*) from coord_task").query(Long.class).single();
    }

    @Test
    void oneUnitReportsThroughTheChainOnTimeTheOtherIsOverdueAndReminded() throws Exception {
        String center = tokenFor("center");
        long id = api.issued(center, TaskApi.order("报送信息联络员名单", "2026-07-20", "\"market\",\"balikun-zhen\""));
        api.get(center, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2))
                .andExpect(jsonPath("$.units[?(@.unit=='market')].state").value("NOT_STARTED"));

        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"已确定信息联络员并登记。\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("PENDING_LEADER"));
        time.travelTo(LocalDate.of(2026, 7, 16));
        api.act(tokenFor("leader1"), id, "market", "report/approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("PENDING_CENTER"));
        time.travelTo(LocalDate.of(2026, 7, 22));
        center = tokenFor("center");   // a token lives eight hours: the one from the 14th has expired
        api.act(center, id, "market", "report/confirm", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("DONE_ON_TIME"))
                // The unit's part was done when its leader sent it on, not when the center got round to it.
                .andExpect(jsonPath("$.status.fulfilledAt").value(containsString("2026-07-16T02:00")))
                .andExpect(jsonPath("$.history.length()").value(4));

        api.get(center, id).andExpect(jsonPath("$.units[?(@.unit=='balikun-zhen')].state").value("OVERDUE"))
                .andExpect(jsonPath("$.counts.OVERDUE").value(1)).andExpect(jsonPath("$.counts.DONE_ON_TIME").value(1));
        sweep.sweep();
        mvc.perform(get("/admin/tasks").session(sessionOf("leader2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送信息联络员名单</a>已于 2026-07-20 到期，尚未完成")));
        mvc.perform(get("/admin").session(sessionOf("officer2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送信息联络员名单")));
        api.list(tokenFor("officer2"), "?unit=balikun-zhen").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id==" + id + ")].units[0].state").value("OVERDUE"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'task.report.%' and target like 'task-unit:%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theReminderBeforeTheDeadlineComesNWorkingDaysAhead() throws Exception {
        LocalDate deadline = workingDays.dueDate(LocalDate.of(2026, 7, 14), 2, Region.XJ).dueDate();
        long id = api.issued(tokenFor("center"), "{\"title\":\"提醒测试\",\"workingDays\":\"2\",\"units\":[\"balikun-zhen\"]}");
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.deadline").value(deadline.toString()))
                .andExpect(jsonPath("$.workingDays").value(2));
        sweep.sweep();
        assertThat(jdbc.sql("select kind from coord_reminder r join coord_task_unit tu on tu.id = r.task_unit_id where tu.task_id = ?")
                .param(id).query(String.class).list()).containsExactly("BEFORE");
        sweep.sweep();
        assertThat(jdbc.sql("select count(*) from coord_reminder r join coord_task_unit tu on tu.id = r.task_unit_id where tu.task_id = ?")
                .param(id).query(Long.class).single()).as("once only").isEqualTo(1);
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("{\"title\":\"过期\",\"deadline\":\"2026-07-13\",\"units\":[\"market\"]}", "deadline"),
                Arguments.of("{\"title\":\"无单位\",\"deadline\":\"2026-08-01\",\"units\":[]}", "units"),
                Arguments.of("{\"title\":\"无此单位\",\"deadline\":\"2026-08-01\",\"units\":[\"nowhere\"]}", "units"),
                Arguments.of("{\"title\":\"\",\"deadline\":\"2026-08-01\",\"units\":[\"market\"]}", "title"),
                Arguments.of("{\"title\":\"两种期限\",\"deadline\":\"2026-08-01\",\"workingDays\":\"3\",\"units\":[\"market\"]}", "deadline"),
                Arguments.of("{\"title\":\"无期限\",\"units\":[\"market\"]}", "deadline"),
                Arguments.of("{\"title\":\"日期错\",\"deadline\":\"8月1日\",\"units\":[\"market\"]}", "deadline"),
                Arguments.of("{\"title\":\"类别错\",\"deadline\":\"2026-08-01\",\"unitKinds\":[\"PLANET\"]}", "unitKinds"),
                Arguments.of("{\"title\":\"链接\",\"basisUrl\":\"javascript:alert(1)\",\"deadline\":\"2026-08-01\",\"units\":[\"market\"]}", "basisUrl"),
                Arguments.of("{\"title\":\"条件\",\"deadline\":\"2026-08-01\",\"units\":[\"market\"],\"fulfilment\":{\"condition\":\"CONTACTS\"}}", "conditionCount"),
                Arguments.of("{\"title\":\"条件\",\"deadline\":\"2026-08-01\",\"units\":[\"market\"],\"fulfilment\":{\"condition\":\"ARTICLES\",\"count\":2}}", "conditionColumn"),
                Arguments.of("{\"title\":\"条件\",\"deadline\":\"2026-08-01\",\"units\":[\"market\"],\"fulfilment\":{\"condition\":\"MAGIC\"}}", "fulfilment"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource
    void badOrders(String body, String field) throws Exception {
        long before = count();
        api.issue(tokenFor("center"), body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andExpect(jsonPath("$.fields." + field).exists());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void byKindReachesEveryUnitOfTheKind() throws Exception {
        long id = api.issued(tokenFor("admin"), "{\"title\":\"乡镇任务\",\"deadline\":\"2026-08-01\",\"unitKinds\":[\"TOWNSHIP\"]}");
        long townships = jdbc.sql("select count(*) from unit where kind = 'TOWNSHIP' and site_id = (select site_id from coord_task where id = ?)")
                .param(id).query(Long.class).single();
        api.get(tokenFor("center"), id).andExpect(jsonPath("$.units.length()").value((int) townships));
        assertThat(townships).isGreaterThan(5);
    }

    @Test
    void aReportFromAUnitNotInTheTaskIsRefused() throws Exception {
        long id = api.issued(tokenFor("center"), TaskApi.order("只给市场监管局", "2026-08-01", "\"market\""));
        api.act(tokenFor("officer2"), id, "balikun-zhen", "report", "{\"text\":\"不在任务中\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.unit").exists());
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.text").exists());
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"有附件\",\"attachments\":[\"a.pdf\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.attachments").exists());
        api.act(tokenFor("officer1"), id, "market", "report", null).andExpect(jsonPath("$.status.state").value("NOT_STARTED"));
    }

    @Test
    void aReturnedReportIsRewrittenAndSubmittedAgain() throws Exception {
        long id = api.issued(tokenFor("center"), TaskApi.order("退回测试", "2026-08-01", "\"market\""));
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"初稿\"}").andExpect(status().isOk());
        api.act(tokenFor("leader1"), id, "market", "report/return", "{\"reason\":\"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        api.act(tokenFor("leader1"), id, "market", "report/return", "{\"reason\":\"请补充人员名单\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("RETURNED"));
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"补充后的报告\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("PENDING_LEADER")).andExpect(jsonPath("$.text").value("补充后的报告"));
    }

    @Test
    void blockedContentInAReportIsRefusedButWhatWasWrittenIsKept() throws Exception {
        long id = api.issued(tokenFor("center"), TaskApi.order("筛查测试", "2026-08-01", "\"market\""));
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"秘密★1年 内部情况\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SCREENING_BLOCKED"));
        api.act(tokenFor("officer1"), id, "market", "report", null).andExpect(jsonPath("$.status.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.text").value("秘密★1年 内部情况"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'task.report.submit' and result = 'DENIED' and target like 'task-unit:%'")
                .query(Long.class).single()).isPositive();
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"内部情况已处理\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("PENDING_LEADER"));
    }

    @Test
    void nobodyApprovesTheirOwnReport() throws Exception {
        String both = accounts.staff("market", Set.of(Role.INFO_OFFICER, Role.UNIT_LEADER), false);
        long id = api.issued(tokenFor("center"), TaskApi.order("自审测试", "2026-08-01", "\"market\""));
        api.act(tokenFor(both), id, "market", "report", "{\"text\":\"自己写的\"}").andExpect(status().isOk());
        api.act(tokenFor(both), id, "market", "report/approve", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
    }

    static Stream<Arguments> wrongPeople() {
        return Stream.of(
                Arguments.of("officer1", "issue", 403),
                Arguments.of("supervisor", "issue", 403),
                Arguments.of("leader1", "issue", 403),
                Arguments.of("citizen1", "list", 403),
                Arguments.of("citizen1", "get", 403),
                Arguments.of("officer2", "get", 403),        // the task is not issued to their unit
                Arguments.of("officer2", "read", 403),
                Arguments.of("officer2", "report", 403),     // another unit's officer
                Arguments.of("leader1", "report", 403),      // right unit, wrong role
                Arguments.of("center", "report", 403),
                Arguments.of("officer1", "approve", 403),
                Arguments.of("leader2", "approve", 403),     // another unit's leader
                Arguments.of("center", "approve", 403),      // the leader's step
                Arguments.of("leader1", "confirm", 403),     // the center's step
                Arguments.of("supervisor", "confirm", 403),
                Arguments.of("officer1", "return", 403),
                Arguments.of("leader2", "return", 403));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource
    void wrongPeople(String who, String action, int expected) throws Exception {
        long id = api.issued(tokenFor("center"), TaskApi.order("权限测试", "2026-08-01", "\"market\""));
        api.act(tokenFor("officer1"), id, "market", "report", "{\"text\":\"已完成\"}").andExpect(status().isOk());
        if (action.equals("confirm")) {
            api.act(tokenFor("leader1"), id, "market", "report/approve", null).andExpect(status().isOk());
        }
        String token = tokenFor(who);
        (switch (action) {
            case "issue" -> api.issue(token, TaskApi.order("越权下达", "2026-08-01", "\"market\""));
            case "list" -> api.list(token, "");
            case "get" -> api.get(token, id);
            case "read" -> api.act(token, id, "market", "report", null);
            case "report" -> api.act(token, id, "market", "report", "{\"text\":\"越权报送\"}");
            case "approve" -> api.act(token, id, "market", "report/approve", null);
            case "confirm" -> api.act(token, id, "market", "report/confirm", null);
            default -> api.act(token, id, "market", "report/return", "{\"reason\":\"越权退回\"}");
        }).andExpect(status().is(expected));
        api.act(tokenFor("officer1"), id, "market", "report", null)
                .andExpect(jsonPath("$.status.state").value(action.equals("confirm") ? "PENDING_CENTER" : "PENDING_LEADER"))
                .andExpect(jsonPath("$.text").value("已完成"));
    }

    @Test
    void theMatrixCountsFiltersAndExports() throws Exception {
        long id = api.issued(tokenFor("center"), TaskApi.order("矩阵测试", "2026-08-01", "\"market\",\"balikun-zhen\""));
        var center = sessionOf("center");
        mvc.perform(get("/admin/tasks").session(center)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/tasks/" + id + "/units/market")));
        mvc.perform(get("/admin/tasks?kind=TOWNSHIP").session(center)).andExpect(status().isOk())
                .andExpect(content().string(containsString("巴里坤镇")));
        String csv = mvc.perform(get("/admin/tasks.csv").session(center)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("矩阵测试（2026-08-01）").contains("未开始");
        byte[] xlsx = mvc.perform(get("/admin/tasks.xlsx").session(center)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
        }
        // A unit's staff see their own row only.
        mvc.perform(get("/admin/tasks").session(sessionOf("officer1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/tasks/" + id + "/units/market")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/tasks/" + id + "/units/balikun-zhen"))));
    }

    @Test
    void theDemoHasTheNoticesThreeTasksWithAMix() {
        var states = jdbc.sql("""
                        select count(*) filter (where tu.fulfilled_at is null) as open,
                               count(*) filter (where tu.fulfilled_at >= (t.deadline + 1)::timestamp at time zone 'Asia/Shanghai') as late,
                               count(*) as total
                        from coord_task_unit tu join coord_task t on t.id = tu.task_id where t.issued_by = 'demo'""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        assertThat(jdbc.sql("select count(*) from coord_task where issued_by = 'demo'").query(Long.class).single()).isEqualTo(3);
        assertThat(states[0]).isPositive();
        assertThat(states[1]).isPositive();
        assertThat(states[0] + states[1]).isLessThan(states[2] / 3);
    }
}
