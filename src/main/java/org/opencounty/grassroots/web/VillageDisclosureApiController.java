package org.opencounty.grassroots.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.FinanceInput;
import org.opencounty.grassroots.Subsidy;
import org.opencounty.grassroots.VillageCategory;
import org.opencounty.grassroots.VillageDisclosures;
import org.opencounty.grassroots.VillageDraft;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.grassroots.VillageQuestion;
import org.opencounty.grassroots.VillageQuestions;
import org.opencounty.grassroots.VillageTimeliness;
import org.opencounty.grassroots.VillageView;
import org.opencounty.review.ReviewEvent;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Village disclosures (村务公开) over JSON. Reading is public (the published version); staff of the village, its township
 * and the center read the working version too. Amounts are decimal strings, exact to the fen; an unbalanced statement
 * answers 422 UNBALANCED with the difference.
 */
@RestController
class VillageDisclosureApiController {

    record VillageRequest(String village, VillageCategory category, String period, String title, String body,
                          FinanceInput finance, List<Subsidy> subsidies, Long version) {

        VillageDraft draft() {
            return new VillageDraft(village, category, period, title, body, finance, subsidies);
        }
    }

    record Reason(String reason) {
    }

    record QuestionRequest(String name, String contact, String question) {
    }

    record AnswerRequest(String answer, Long version) {
    }

    /** A question as the public sees it: the asker's contact is never shown. */
    record QuestionJson(long id, long disclosureId, String name, String question, Instant askedAt, LocalDate dueOn,
                        String answer, Instant answeredAt, boolean overdue, long version) {

        static QuestionJson of(VillageQuestion q, LocalDate today) {
            return new QuestionJson(q.id(), q.disclosureId(), q.askerName(), q.question(), q.askedAt(), q.dueOn(), q.answer(),
                    q.answeredAt(), q.overdue(today), q.version());
        }
    }

    private final VillageDisclosures disclosures;
    private final VillageQueries queries;
    private final VillageQuestions questions;

    VillageDisclosureApiController(VillageDisclosures disclosures, VillageQueries queries, VillageQuestions questions) {
        this.disclosures = disclosures;
        this.queries = queries;
        this.questions = questions;
    }

    @Operation(summary = "村务公开列表", description = "未登录或公众：已发布的；村、乡镇和中心工作人员：本人可见范围内的全部（含草稿和审核中）。")
    @GetMapping("/api/v1/village-disclosures")
    PageOf<VillageView> list(Site site, Actor actor, @RequestParam(required = false) String village,
                             @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        PageOf.requirePage(page);
        int perPage = Math.max(1, Math.min(size, 100));
        return actor != null && actor.isStaff() ? queries.work(actor, site.id(), village, page, perPage)
                : village == null || village.isBlank() ? queries.publishedOnSite(site.id(), page, perPage)
                : queries.publishedOf(site.id(), village, page, perPage);
    }

    @Operation(summary = "新建村务公开（草稿）", description = "本村信息员。财务收支须填写 finance（期初余额、收支明细、期末余额，金额为字符串，精确到分）；"
            + "期初 + 收入 − 支出 ≠ 期末时 422 UNBALANCED，并给出差额 difference。")
    @PostMapping("/api/v1/village-disclosures")
    ResponseEntity<VillageView> create(Site site, Actor actor, @RequestBody VillageRequest body) {
        long id = disclosures.create(actor, site.id(), body.draft()).id();
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.view(actor, site.id(), id));
    }

    @GetMapping("/api/v1/village-disclosures/{id}")
    VillageView get(Site site, Actor actor, @PathVariable long id) {
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "修改村务公开", description = "须带上读取时的 version；过期 409 STALE_VERSION，审核中 409 INVALID_STATE。")
    @PutMapping("/api/v1/village-disclosures/{id}")
    VillageView edit(Site site, Actor actor, @PathVariable long id, @RequestBody VillageRequest body) {
        disclosures.edit(actor, site.id(), id, body.draft(), body.version() == null ? -1 : body.version());
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "报送", description = "报送后先由村务监督委员会成员审核（财务收支、补贴名单），再由村委会主任审核，最后由乡镇审核员发布。")
    @PostMapping("/api/v1/village-disclosures/{id}/submit")
    VillageView submit(Site site, Actor actor, @PathVariable long id) {
        disclosures.submit(actor, site.id(), id);
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "村务监督委员会审核", description = "本村村务监督委员会成员（不得是撰写或报送人）。")
    @PostMapping("/api/v1/village-disclosures/{id}/check")
    VillageView check(Site site, Actor actor, @PathVariable long id) {
        disclosures.check(actor, site.id(), id);
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "审核通过", description = "待主任审核时由村委会主任通过（须已经村务监督委员会审核，否则 409 NOT_CHECKED）；"
            + "待乡镇审核时由乡镇审核员通过并发布。")
    @PostMapping("/api/v1/village-disclosures/{id}/approve")
    VillageView approve(Site site, Actor actor, @PathVariable long id) {
        disclosures.approve(actor, site.id(), id);
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "退回", description = "主任或乡镇审核员退回，须写明理由。")
    @PostMapping("/api/v1/village-disclosures/{id}/return")
    VillageView returnForChanges(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        disclosures.returnForChanges(actor, site.id(), id, body.reason());
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "撤回已发布的村务公开", description = "乡镇审核员或村委会主任，须写明理由。")
    @PostMapping("/api/v1/village-disclosures/{id}/withdraw")
    VillageView withdraw(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        disclosures.withdraw(actor, site.id(), id, body.reason());
        return queries.view(actor, site.id(), id);
    }

    @GetMapping("/api/v1/village-disclosures/{id}/history")
    List<ReviewEvent> history(Site site, Actor actor, @PathVariable long id) {
        return queries.history(actor, site.id(), id);
    }

    @Operation(summary = "质询列表", description = "公开显示姓名、问题、答复和答复期限，不显示联系方式。")
    @GetMapping("/api/v1/village-disclosures/{id}/questions")
    PageOf<QuestionJson> questions(Site site, @PathVariable long id) {
        queries.published(site.id(), id);
        LocalDate today = questions.today();
        return PageOf.all(questions.of(site.id(), id).stream().map(q -> QuestionJson.of(q, today)).toList());
    }

    @Operation(summary = "提出质询", description = "任何人可对已发布的村务公开提出质询；姓名随问题公开，联系方式只有本村可见。")
    @PostMapping("/api/v1/village-disclosures/{id}/questions")
    ResponseEntity<QuestionJson> ask(Site site, Actor actor, @PathVariable long id, @RequestBody QuestionRequest body) {
        VillageQuestion question = questions.ask(actor, site.id(), id, body.name(), body.contact(), body.question());
        return ResponseEntity.status(HttpStatus.CREATED).body(QuestionJson.of(question, questions.today()));
    }

    @Operation(summary = "答复质询", description = "本村信息员或村委会主任；须带上 version。")
    @PostMapping("/api/v1/village-questions/{id}/answer")
    QuestionJson answer(Site site, Actor actor, @PathVariable long id, @RequestBody AnswerRequest body) {
        VillageQuestion question = questions.answer(actor, site.id(), id, body.answer(), body.version() == null ? -1 : body.version());
        return QuestionJson.of(question, questions.today());
    }

    @Operation(summary = "行政村公开及时性", description = "按法定频次（一般事项每季度、财务往来较多的村财务每月、重大事项即时）计算各类别是否按时公开。")
    @GetMapping("/api/v1/villages/{code}/timeliness")
    VillageTimeliness timeliness(Site site, @PathVariable String code) {
        return queries.timeliness(site.id(), code);
    }
}
