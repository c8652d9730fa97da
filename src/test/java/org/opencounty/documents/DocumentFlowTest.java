package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.TimeMachine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Sending and receiving over the API: the chain, the 发文字号, delivery, each receiving step, reminders, bad input. */
@RecordApplicationEvents
class DocumentFlowTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TimeMachine time;
    @Autowired
    ReminderSweep reminders;
    @Autowired
    ApplicationEvents events;

    DocumentApi api;
    DocumentApi.Tokens tokens;

    @BeforeEach
    void office() throws Exception {
        api = new DocumentApi(mvc, accounts);
        tokens = new DocumentApi.Tokens(tokenFor(api.drafter), tokenFor(api.reviewer), tokenFor(api.leader));
    }

    @AfterEach
    void backToStart() {
        time.reset();
    }

    @Test
    void theChainNumbersAtRegistrationAndDispatchDeliversAtOnce() throws Exception {
        long first = api.readyToRegister(tokens, DocumentApi.draftJson("关于电子政务外网接入的通知", List.of("market", "balikun-zhen"), ""));
        long second = api.readyToRegister(tokens, DocumentApi.draftJson("关于基础信息报送的通知", List.of("market"), ""));
        api.get(tokens.drafter(), "/api/v1/documents/" + first).andExpect(jsonPath("$.document.number").value(""));

        String one = api.dispatched(tokens, first);
        String two = api.dispatched(tokens, second);
        assertThat(one).matches("巴政办发〔2026〕[1-9][0-9]*号");
        assertThat(serial(two)).isEqualTo(serial(one) + 1);

        api.get(tokens.drafter(), "/api/v1/documents/" + first).andExpect(status().isOk())
                .andExpect(jsonPath("$.document.state").value("DISPATCHED"))
                .andExpect(jsonPath("$.document.writtenOn").value("2026-07-14"))
                .andExpect(jsonPath("$.recipients.length()").value(2))
                .andExpect(jsonPath("$.recipients[*].state").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DELIVERED"))));
        String officer = tokenFor("officer1");
        String inbox = api.get(officer, "/api/v1/inbox").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].document.number")).contains(one, two);

        assertThat(events.stream(DocumentDispatched.class).filter(e -> e.documentId() == first))
                .singleElement().satisfies(e -> {
                    assertThat(e.number()).isEqualTo(one);
                    assertThat(e.recipientUnitIds()).hasSize(2);
                    assertThat(e.deadline()).isNull();
                });
    }

    @Test
    void aUnitSignsAssignsAndTheHandlerRepliesWhileTheSenderWatches() throws Exception {
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于报送电子政务联系人的通知", List.of("market", "balikun-zhen"), "加急"));
        api.dispatched(tokens, id);
        String officer = tokenFor("officer1");
        long copy = api.copyOf(tokens.drafter(), id, "县市场监督管理局");

        api.post(officer, "/api/v1/inbox/" + copy + "/receive", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient.state").value("SIGNED"))
                .andExpect(jsonPath("$.recipient.signedBy").value("officer1"))
                .andExpect(jsonPath("$.recipient.receiptNumber").value(org.hamcrest.Matchers.startsWith("收文〔2026〕")));
        api.post(officer, "/api/v1/inbox/" + copy + "/receive", null).andExpect(status().isConflict());
        api.post(officer, "/api/v1/inbox/" + copy + "/accept", null).andExpect(status().isOk());
        api.post(officer, "/api/v1/inbox/" + copy + "/assign", "{\"mode\":\"HANDLE\",\"proposal\":\"拟请登记注册股办理\"}")
                .andExpect(jsonPath("$.recipient.state").value("PROPOSED"));
        String leader = tokenFor("leader1");
        // An urgent document needs a time limit; the handler must be of the unit.
        api.post(leader, "/api/v1/inbox/" + copy + "/instruct", "{\"instruction\":\"同意\",\"handler\":\"handler2\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.due").exists()).andExpect(jsonPath("$.fields.handler").exists());
        api.post(leader, "/api/v1/inbox/" + copy + "/instruct", "{\"instruction\":\"同意，请赵雪梅办理\",\"handler\":\"handler1\",\"due\":\"2026-07-17\"}")
                .andExpect(jsonPath("$.recipient.state").value("HANDLING")).andExpect(jsonPath("$.recipient.handleDue").value("2026-07-17"));
        api.post(officer, "/api/v1/inbox/" + copy + "/reply", "{\"reply\":\"已报送\"}").andExpect(status().isForbidden());
        api.post(tokenFor("handler1"), "/api/v1/inbox/" + copy + "/reply", "{\"reply\":\"联系人已报送：赵雪梅\"}")
                .andExpect(jsonPath("$.recipient.state").value("REPLIED"));
        api.post(officer, "/api/v1/inbox/" + copy + "/close", null).andExpect(jsonPath("$.recipient.state").value("DONE"));

        api.get(tokens.drafter(), "/api/v1/documents/" + id)
                .andExpect(jsonPath("$.recipients[?(@.unitName == '县市场监督管理局')].state").value("DONE"))
                .andExpect(jsonPath("$.recipients[?(@.unitName == '县市场监督管理局')].reply").value("联系人已报送：赵雪梅"))
                .andExpect(jsonPath("$.recipients[?(@.unitName == '巴里坤镇')].state").value("DELIVERED"));
        // The receiver sees its own copy, not the other unit's.
        api.get(officer, "/api/v1/documents/" + id).andExpect(jsonPath("$.recipients.length()").value(1));
    }

    @Test
    void circulationKeepsWhoReadWhenAndAReturnNeedsAReason() throws Exception {
        long id = api.readyToRegister(tokens, DocumentApi.draftJson("关于学习电子政务知识的通知", List.of("market", "balikun-zhen"), ""));
        api.dispatched(tokens, id);
        String officer = tokenFor("officer1");
        long copy = api.copyOf(tokens.drafter(), id, "县市场监督管理局");
        api.post(officer, "/api/v1/inbox/" + copy + "/receive", null).andExpect(status().isOk());
        api.post(officer, "/api/v1/inbox/" + copy + "/accept", null).andExpect(status().isOk());
        api.post(officer, "/api/v1/inbox/" + copy + "/assign", "{\"mode\":\"READ\",\"readers\":[\"handler1\",\"leader1\"]}")
                .andExpect(jsonPath("$.readers.length()").value(2));
        time.travel(Duration.ofMinutes(30));
        api.post(tokenFor("handler1"), "/api/v1/inbox/" + copy + "/read", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.readers[?(@.username == 'handler1')].readAt").value("2026-07-14T02:30:00Z"))
                .andExpect(jsonPath("$.readers[?(@.username == 'leader1')].readAt").value(org.hamcrest.Matchers.contains((Object) null)));
        api.post(tokenFor("handler1"), "/api/v1/inbox/" + copy + "/read", null).andExpect(status().isConflict());

        String officer2 = tokenFor("officer2");
        long other = api.copyOf(tokens.drafter(), id, "巴里坤镇");
        api.post(officer2, "/api/v1/inbox/" + other + "/receive", null).andExpect(status().isOk());
        api.post(officer2, "/api/v1/inbox/" + other + "/return", "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
        api.post(officer2, "/api/v1/inbox/" + other + "/return", "{\"reason\":\"不属于本镇职责\"}")
                .andExpect(jsonPath("$.recipient.state").value("RETURNED"));
        api.get(tokens.drafter(), "/api/v1/documents/" + id)
                .andExpect(jsonPath("$.recipients[?(@.unitName == '巴里坤镇')].returnedReason").value("不属于本镇职责"));
    }

    @Test
    void unsignedCopiesAreRemindedAfterOneWorkingDayAndVeryUrgentOnesAfterTwoHours() throws Exception {
        long ordinary = api.readyToRegister(tokens, DocumentApi.draftJson("关于做好汛期值班的通知", List.of("balikun-zhen"), ""));
        long veryUrgent = api.readyToRegister(tokens, DocumentApi.draftJson("关于立即报送灾情的紧急通知", List.of("balikun-zhen"), "特急"));
        api.dispatched(tokens, ordinary);
        api.dispatched(tokens, veryUrgent);
        long ordinaryCopy = api.copyOf(tokens.drafter(), ordinary, "巴里坤镇");
        long urgentCopy = api.copyOf(tokens.drafter(), veryUrgent, "巴里坤镇");
        api.get(tokenFor("officer2"), "/api/v1/inbox/" + urgentCopy).andExpect(jsonPath("$.recipient.signBy").value("2026-07-14T04:00:00Z"));

        reminders.sweep();
        assertThat(remindersOf(ordinaryCopy)).isZero();
        assertThat(remindersOf(urgentCopy)).isZero();

        time.travel(Duration.ofHours(2).plusMinutes(1));
        reminders.sweep();
        assertThat(remindersOf(urgentCopy)).isEqualTo(1);
        assertThat(remindersOf(ordinaryCopy)).isZero();
        reminders.sweep();
        assertThat(remindersOf(urgentCopy)).as("reminded once per period").isEqualTo(1);

        // Wednesday 10:01: one working day has passed since Tuesday 10:00.
        time.travelTo(java.time.LocalDate.of(2026, 7, 15));
        time.travel(Duration.ofMinutes(1));
        reminders.sweep();
        assertThat(remindersOf(ordinaryCopy)).isEqualTo(1);
        // Tokens expire by the clock: the sender signs in again the next day.
        api.get(tokenFor(api.drafter), "/api/v1/documents/" + ordinary)
                .andExpect(jsonPath("$.recipients[0].reminders").value(1))
                .andExpect(jsonPath("$.history[?(@.action == 'inbox.remind')]").isNotEmpty());
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        long before = count();
        api.post(tokens.drafter(), "/api/v1/documents", """
                {"kind":"通令","title":"","body":"","recipients":[],"disclosure":"NOT_PUBLIC"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.fields.kind").exists())
                .andExpect(jsonPath("$.fields.title").exists())
                .andExpect(jsonPath("$.fields.body").exists())
                .andExpect(jsonPath("$.fields.recipients").value("请选择主送机关"))
                .andExpect(jsonPath("$.fields.disclosureReason").exists());
        api.post(tokens.drafter(), "/api/v1/documents", DocumentApi.draftJson("标题", List.of("no-such-unit"), ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.recipients").value("以下单位不存在：no-such-unit"));
        assertThat(count()).isEqualTo(before);

        // The drafter, though a leader, never signs their own draft; nobody signs twice.
        long own = api.drafted(tokens.leader(), DocumentApi.draftJson("领导拟的稿", List.of("market"), ""));
        api.post(tokens.leader(), "/api/v1/documents/" + own + "/submit", null).andExpect(status().isOk());
        api.post(tokens.reviewer(), "/api/v1/documents/" + own + "/review", null).andExpect(status().isOk());
        api.post(tokens.leader(), "/api/v1/documents/" + own + "/sign", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("拟稿人不能签发自己拟的稿"));
        long id = api.drafted(tokens.drafter(), DocumentApi.draftJson("签两次", List.of("market"), ""));
        api.post(tokens.drafter(), "/api/v1/documents/" + id + "/submit", null).andExpect(status().isOk());
        api.post(tokens.reviewer(), "/api/v1/documents/" + id + "/review", null).andExpect(status().isOk());
        api.post(tokens.leader(), "/api/v1/documents/" + id + "/sign", null).andExpect(status().isOk());
        api.post(tokens.leader(), "/api/v1/documents/" + id + "/sign", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_STATE"));
        // A return needs a reason; the document stays where it was.
        api.post(tokens.reviewer(), "/api/v1/documents/" + id + "/return", "{\"reason\":\"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").value("请填写退回理由"));
        api.get(tokens.drafter(), "/api/v1/documents/" + id).andExpect(jsonPath("$.document.state").value("PENDING_CHECK"));
        api.post(tokens.reviewer(), "/api/v1/documents/" + id + "/return", "{\"reason\":\"标题有误\"}")
                .andExpect(jsonPath("$.document.state").value("RETURNED")).andExpect(jsonPath("$.document.returnReason").value("标题有误"));
    }

    @Test
    void aUnitWithoutADaiziCannotRegister() throws Exception {
        String officer = tokenFor("officer1");
        String market = accounts.staff("market", org.opencounty.common.Role.INFO_OFFICER, false);
        String leader = tokenFor("leader1");
        long id = api.drafted(officer, DocumentApi.draftJson("市场局的函", List.of("balikun-zhen"), ""));
        api.post(officer, "/api/v1/documents/" + id + "/submit", null).andExpect(status().isOk());
        api.post(tokenFor(market), "/api/v1/documents/" + id + "/review", null).andExpect(status().isOk());
        api.post(leader, "/api/v1/documents/" + id + "/sign", null).andExpect(status().isOk());
        api.post(officer, "/api/v1/documents/" + id + "/check", null).andExpect(status().isOk());
        api.post(officer, "/api/v1/documents/" + id + "/register", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NO_ISSUER_PREFIX"));
    }

    private long count() {
        return jdbc.sql("select count(*) from official_document").query(Long.class).single();
    }

    private int remindersOf(long copy) {
        return jdbc.sql("select reminders from document_recipient where id = ?").param(copy).query(Integer.class).single();
    }

    private static int serial(String number) {
        return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1));
    }
}
