package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencounty.supervision.SignalType.ACCEPTANCE_OVERDUE;
import static org.opencounty.supervision.SignalType.FEE_ABOVE_STANDARD;
import static org.opencounty.supervision.SignalType.NO_LEGAL_BASIS;
import static org.opencounty.supervision.SignalType.RED;
import static org.opencounty.supervision.SignalType.STATUTORY_OVERDUE;
import static org.opencounty.supervision.SignalType.STEP_OVERDUE;
import static org.opencounty.supervision.SignalType.WARNING;
import static org.opencounty.supervision.SignalType.YELLOW;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each rule of docs/supervision.md, case by case: a row of the application table and the signals one sweep must
 * issue for it, no more and no fewer. Every test runs in a transaction that is rolled back, so the rows stay
 * invisible to the scheduled sweep and to other tests.
 *
 * <p>Today is Wednesday 2026-09-30, the eve of the National Day week (10-01..10-07 off, Saturday 10-10 worked):
 * 10-08 is the next working day, 10-09 the one after.
 */
@Transactional
@RecordApplicationEvents
class SignalRulesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 30);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    @Autowired
    SupervisionSweep sweep;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TimeMachine timeMachine;
    @Autowired
    ApplicationEvents events;

    TestApplications applications;

    @BeforeEach
    void setUp() {
        applications = new TestApplications(jdbc);
    }

    record Case(String name, Map<String, Object> columns, List<SignalType> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case when(String name, Object... columnsThenExpected) {
        Map<String, Object> columns = new HashMap<>();
        int i = 0;
        for (; i + 1 < columnsThenExpected.length && columnsThenExpected[i] instanceof String column; i += 2) {
            columns.put(column, columnsThenExpected[i + 1]);
        }
        List<SignalType> expected = Arrays.stream(columnsThenExpected, i, columnsThenExpected.length)
                .map(SignalType.class::cast).sorted().toList();
        return new Case(name, columns, expected);
    }

    static Stream<Case> rules() {
        LocalDate nextWorkingDay = LocalDate.of(2026, 10, 8);
        LocalDate secondWorkingDay = LocalDate.of(2026, 10, 9);
        return Stream.of(
                // 预警: at most one working day left before the promise, counted in working days
                when("promise due on the next working day, across the holiday week", "promised_due", nextWorkingDay, WARNING),
                when("promise due today", "promised_due", TODAY, WARNING),
                when("promise due on a holiday before the next working day", "promised_due", LocalDate.of(2026, 10, 5), WARNING),
                when("promise due in two working days", "promised_due", secondWorkingDay),
                when("promise due on the next working day, suspended", "promised_due", nextWorkingDay, "clock_suspended", true),
                // 黄牌: past the promise
                when("promise due yesterday", "promised_due", YESTERDAY, YELLOW),
                when("promise long past, clock suspended", "promised_due", TODAY.minusDays(30), "clock_suspended", true),
                when("promise long past, completed", "state", "COMPLETED", "promised_due", TODAY.minusDays(30),
                        "completed_on", TODAY.minusDays(2), "statutory_due", TODAY.minusDays(20), "step_due", TODAY.minusDays(40)),
                when("promise long past, withdrawn", "state", "WITHDRAWN", "promised_due", TODAY.minusDays(30)),
                when("promise long past, waiting for the applicant's correction", "state", "CORRECTION_REQUESTED",
                        "promised_due", TODAY.minusDays(30), "acceptance_due", TODAY.minusDays(30)),
                // Decided cases count their delivery limit, not the promise
                when("approved, delivery due on the next working day", "state", "APPROVED", "decided_on", TODAY.minusDays(3),
                        "promised_due", TODAY.minusDays(10), "delivery_due", nextWorkingDay, WARNING),
                when("approved, delivery due yesterday", "state", "APPROVED", "decided_on", TODAY.minusDays(12),
                        "promised_due", TODAY.minusDays(10), "delivery_due", YESTERDAY, YELLOW),
                when("denied, delivery far away", "state", "DENIED", "decided_on", TODAY.minusDays(3),
                        "promised_due", TODAY.minusDays(10), "delivery_due", TODAY.plusDays(20)),
                // 超法定时限
                when("statutory limit passed while still handled", "promised_due", TODAY.minusDays(5),
                        "statutory_due", YESTERDAY, YELLOW, STATUTORY_OVERDUE),
                when("statutory limit today", "promised_due", TODAY, "statutory_due", TODAY, WARNING),
                when("denied after the statutory limit", "state", "DENIED", "decided_on", TODAY.minusDays(2),
                        "statutory_due", TODAY.minusDays(3), "promised_due", TODAY.minusDays(6), "delivery_due", TODAY.plusDays(15),
                        STATUTORY_OVERDUE),
                when("approved within the statutory limit, delivery pending", "state", "APPROVED", "decided_on", TODAY.minusDays(4),
                        "statutory_due", TODAY.minusDays(3), "promised_due", TODAY.minusDays(3), "delivery_due", TODAY.plusDays(15)),
                when("statutory limit passed, suspended", "promised_due", TODAY.minusDays(5), "statutory_due", YESTERDAY,
                        "clock_suspended", true),
                // 环节超时
                when("step limit passed within the promise", "step_due", YESTERDAY, STEP_OVERDUE),
                when("step limit today", "step_due", TODAY),
                when("step limit passed, suspended", "step_due", YESTERDAY, "clock_suspended", true),
                // 不予受理无法律依据
                when("rejected without a legal basis", "state", "REJECTED", "accepted_on", null, "rejection_reason", "材料不全",
                        NO_LEGAL_BASIS),
                when("rejected with a blank legal basis", "state", "REJECTED", "accepted_on", null,
                        "rejection_legal_basis", " \u3000\n", NO_LEGAL_BASIS),
                when("rejected with a legal basis", "state", "REJECTED", "accepted_on", null,
                        "rejection_legal_basis", "《中华人民共和国行政许可法》第三十二条第一款第（二）项"),
                // 超标准收费: the standard of 居民身份证申领 is 20 + 40 元
                when("charged the standard", "service_item_id", TestApplications.FEE_ITEM, "fee_charged", new BigDecimal("60.00")),
                when("charged a cent above the standard", "service_item_id", TestApplications.FEE_ITEM,
                        "fee_charged", new BigDecimal("60.01"), FEE_ABOVE_STANDARD),
                when("charged for a free item", "service_item_id", TestApplications.FREE_ITEM, "fee_charged", new BigDecimal("10"),
                        FEE_ABOVE_STANDARD),
                when("charged nothing for a free item", "service_item_id", TestApplications.FREE_ITEM, "fee_charged", BigDecimal.ZERO),
                when("completed case charged above the standard", "state", "COMPLETED", "completed_on", TODAY.minusDays(1),
                        "service_item_id", TestApplications.FEE_ITEM, "fee_charged", new BigDecimal("100"), FEE_ABOVE_STANDARD),
                // 受理超时
                when("submitted, acceptance limit passed", "state", "SUBMITTED", "accepted_on", null, "promised_due", null,
                        "statutory_due", null, "acceptance_due", YESTERDAY, ACCEPTANCE_OVERDUE),
                when("submitted, acceptance limit today", "state", "SUBMITTED", "accepted_on", null, "promised_due", null,
                        "statutory_due", null, "acceptance_due", TODAY),
                when("submitted, acceptance limit passed, suspended", "state", "SUBMITTED", "accepted_on", null,
                        "promised_due", null, "statutory_due", null, "acceptance_due", YESTERDAY, "clock_suspended", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFiresExactlyWhenItShould(Case rule) {
        long id = applications.insert("market", rule.columns(), TODAY);

        sweep.sweep(TODAY);

        assertThat(applications.signalsOf(id)).as(rule.name()).isEqualTo(rule.expected());
    }

    @Test
    void theWarningSaysHowManyWorkingDaysAreLeft() {
        long nextDay = applications.insert("market", Map.of("promised_due", LocalDate.of(2026, 10, 8)), TODAY);
        long today = applications.insert("balikun-zhen", Map.of("state", "APPROVED", "decided_on", TODAY,
                "delivery_due", TODAY, "promised_due", TODAY.minusDays(1)), TODAY);

        sweep.sweep(TODAY);

        assertThat(detail(nextDay, WARNING)).isEqualTo("承诺期限 2026-10-08 即将届满，剩余 1 个工作日");
        assertThat(detail(today, WARNING)).isEqualTo("送达期限 2026-09-30 即将届满，剩余 0 个工作日");
    }

    @Test
    void aRedCardFollowsAYellowOneStillOpenFiveWorkingDaysLater() {
        // Yellow on Wednesday 09-23; the working days after it are 09-24, 09-28, 09-29, 09-30 and, after the
        // Mid-Autumn weekend and the National Day week, 10-08: the fifth.
        LocalDate yellowDay = LocalDate.of(2026, 9, 23);
        long id = applications.insert("market", Map.of("promised_due", yellowDay.minusDays(1)), yellowDay);
        long completed = applications.insert("market", Map.of("promised_due", yellowDay.minusDays(1)), yellowDay);
        long extended = applications.insert("market", Map.of("promised_due", yellowDay.minusDays(1)), yellowDay);

        sweep.sweep(yellowDay);
        assertThat(applications.signalsOf(id)).containsExactly(YELLOW);
        jdbc.sql("update application set state = 'COMPLETED', completed_on = :d where id = :id")
                .param("d", LocalDate.of(2026, 9, 29)).param("id", completed).update();
        // An extension approved after the yellow card moves the promise; the case is no longer overdue.
        jdbc.sql("update application set promised_due = :d where id = :id").param("d", LocalDate.of(2026, 10, 20)).param("id", extended).update();

        sweep.sweep(LocalDate.of(2026, 9, 30));
        sweep.sweep(LocalDate.of(2026, 10, 7));
        assertThat(applications.signalsOf(id)).containsExactly(YELLOW);

        sweep.sweep(LocalDate.of(2026, 10, 8));
        assertThat(applications.signalsOf(id)).containsExactly(YELLOW, RED);
        assertThat(applications.signalsOf(completed)).containsExactly(YELLOW);
        assertThat(applications.signalsOf(extended)).containsExactly(YELLOW);
        assertThat(detail(id, RED)).isEqualTo("黄牌（2026-09-23）后 5 个工作日仍未办结，承诺期限为 2026-09-22");
        assertThat(issuedOn(id, YELLOW)).isEqualTo(yellowDay);
    }

    /**
     * The schedule's lock (ShedLock, held at least a minute of real time) belongs to the previous firing. Lapsed, not
     * deleted: ShedLock remembers the rows it has inserted and only updates them afterwards.
     */
    private void nextSchedule() {
        jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'supervision-sweep'").update();
    }

    @Test
    void theScheduledSweepCountsFromThePlatformClock() {
        LocalDate realToday = sweep.today();
        long id = applications.insert("market", Map.of("promised_due", realToday.minusDays(1)), realToday);
        try {
            nextSchedule();
            sweep.scheduled();
            assertThat(applications.signalsOf(id)).containsExactly(YELLOW);
            // Three weeks hold at least five working days whatever the holidays.
            timeMachine.travel(Duration.ofDays(21));
            nextSchedule();
            sweep.scheduled();
            assertThat(applications.signalsOf(id)).containsExactly(YELLOW, RED);
            assertThat(issuedOn(id, RED)).isEqualTo(realToday.plusDays(21));
        } finally {
            timeMachine.reset();
        }
    }

    @Test
    void theHandlerTheUnitsLeadersAndTheSupervisorsAreTold() throws Exception {
        long id = applications.insert("market", Map.of("promised_due", YESTERDAY, "handler", "handler1"), TODAY);
        long unhandled = applications.insert("balikun-zhen", Map.of("promised_due", YESTERDAY, "handler", ""), TODAY);

        sweep.sweep(TODAY);

        assertThat(told(id, YELLOW)).containsExactlyInAnyOrder("handler1", "leader1", "supervisor");
        assertThat(told(unhandled, YELLOW)).containsExactlyInAnyOrder("leader2", "supervisor");
    }

    /** Who, among staff of several units and roles, finds the signal among their unread notices. */
    private List<String> told(long applicationId, SignalType type) throws Exception {
        long signal = jdbc.sql("select id from supervision_signal where application_id = :id and type = :type")
                .param("id", applicationId).param("type", type.name()).query(Long.class).single();
        List<String> told = new java.util.ArrayList<>();
        for (String username : List.of("handler1", "handler2", "leader1", "leader2", "officer1", "admin", "center", "supervisor")) {
            String notices = mvc.perform(get("/api/v1/supervision/notifications?unread=true").header("Authorization", bearer(tokenFor(username))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!JsonPath.<List<Object>>read(notices, "$.items[?(@.signalId == " + signal + ")]").isEmpty()) {
                told.add(username);
            }
        }
        return told;
    }

    @Test
    void aSmallSweepAnnouncesEachSignalAndItsCounts() {
        long id = applications.insert("market", Map.of("promised_due", YESTERDAY, "step_due", YESTERDAY), TODAY);

        int issued = sweep.sweep(TODAY);

        List<SweepCompleted> completed = events.stream(SweepCompleted.class).toList();
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().total()).isEqualTo(issued);
        assertThat(completed.getFirst().counts()).containsKeys(SignalType.values());
        assertThat(issued).isGreaterThanOrEqualTo(2);
        if (issued <= 100) {
            assertThat(events.stream(SignalIssued.class).filter(event -> event.applicationId() == id).map(SignalIssued::type))
                    .containsExactlyInAnyOrder(YELLOW, STEP_OVERDUE);
            assertThat(events.stream(SignalIssued.class).count()).isEqualTo(issued);
        }
    }

    @Test
    void aSecondSweepOfTheSameDayIssuesNothing() {
        long id = applications.insert("market", Map.of("promised_due", YESTERDAY, "statutory_due", YESTERDAY), TODAY);

        sweep.sweep(TODAY);
        long signals = count(id);

        assertThat(sweep.sweep(TODAY)).isZero();
        assertThat(count(id)).isEqualTo(signals).isEqualTo(2);
    }

    private long count(long applicationId) {
        return jdbc.sql("select count(*) from supervision_signal where application_id = :id").param("id", applicationId)
                .query(Long.class).single();
    }

    private String detail(long applicationId, SignalType type) {
        return jdbc.sql("select detail from supervision_signal where application_id = :id and type = :type")
                .param("id", applicationId).param("type", type.name()).query(String.class).single();
    }

    private LocalDate issuedOn(long applicationId, SignalType type) {
        return jdbc.sql("select issued_on from supervision_signal where application_id = :id and type = :type")
                .param("id", applicationId).param("type", type.name()).query(LocalDate.class).single();
    }
}
