package org.opencounty.grassroots.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.AnnouncementObjection;
import org.opencounty.grassroots.PartyCategory;
import org.opencounty.grassroots.PartyDisclosures;
import org.opencounty.grassroots.PartyDraft;
import org.opencounty.grassroots.PartyQueries;
import org.opencounty.grassroots.PartyView;
import org.opencounty.grassroots.PartyVisibility;
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
 * Party affairs (党务公开) over JSON. {@code visibility} INTERNAL items are answered only to the organisation's members and
 * staff (404 to anybody else); PUBLIC items once published to everyone. A 公示 ({@code announcement}) has
 * {@code startsOn}/{@code endsOn} and takes objections while it runs.
 */
@RestController
class PartyDisclosureApiController {

    record PartyRequest(String organisation, PartyCategory category, PartyVisibility visibility, String title, String body,
                        Boolean announcement, String startsOn, String endsOn, Long version) {

        PartyDraft draft() {
            return new PartyDraft(organisation, category, visibility, title, body, Boolean.TRUE.equals(announcement), startsOn, endsOn);
        }
    }

    record Reason(String reason) {
    }

    record ObjectionRequest(String name, String contact, String objection) {
    }

    /** What the objector is told: received, with its number; nothing else of it is public. */
    record ObjectionReceipt(long id, long announcementId, Instant at) {
    }

    /** An objection as the organisation reads it. */
    record ObjectionJson(long id, String name, String contact, String objection, Instant at) {
    }

    private final PartyDisclosures disclosures;
    private final PartyQueries queries;

    PartyDisclosureApiController(PartyDisclosures disclosures, PartyQueries queries) {
        this.disclosures = disclosures;
        this.queries = queries;
    }

    @Operation(summary = "党务公开列表", description = "向社会公开的已发布事项；党内公开事项只对本党组织党员和工作人员列出。")
    @GetMapping("/api/v1/party-disclosures")
    PageOf<PartyView> list(Site site, Actor actor, @RequestParam(required = false) String organisation,
                           @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        PageOf.requirePage(page);
        return queries.list(actor, site.id(), organisation, page, Math.max(1, Math.min(size, 100)));
    }

    @Operation(summary = "提出党务公开（草稿）", description = "本党组织信息员。visibility：INTERNAL 党内公开 / PUBLIC 向社会公开；"
            + "公示（announcement=true）须有 startsOn，endsOn 缺省时按设置的公示天数。")
    @PostMapping("/api/v1/party-disclosures")
    ResponseEntity<PartyView> create(Site site, Actor actor, @RequestBody PartyRequest body) {
        long id = disclosures.create(actor, site.id(), body.draft()).id();
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.view(actor, site.id(), id));
    }

    @GetMapping("/api/v1/party-disclosures/{id}")
    PartyView get(Site site, Actor actor, @PathVariable long id) {
        return queries.view(actor, site.id(), id);
    }

    @PutMapping("/api/v1/party-disclosures/{id}")
    PartyView edit(Site site, Actor actor, @PathVariable long id, @RequestBody PartyRequest body) {
        disclosures.edit(actor, site.id(), id, body.draft(), body.version() == null ? -1 : body.version());
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "报送（提出）", description = "保密审查（内容审查）在报送和审批时各进行一次。")
    @PostMapping("/api/v1/party-disclosures/{id}/submit")
    PartyView submit(Site site, Actor actor, @PathVariable long id) {
        disclosures.submit(actor, site.id(), id);
        return queries.view(actor, site.id(), id);
    }

    @Operation(summary = "审核 / 审批", description = "待审核时由党组织书记（单位主要领导）审核；待审批时由审核单位（村、社区党组织为乡镇审核员，其他为中心审核员）审批并实施（发布）。")
    @PostMapping("/api/v1/party-disclosures/{id}/approve")
    PartyView approve(Site site, Actor actor, @PathVariable long id) {
        disclosures.approve(actor, site.id(), id);
        return queries.view(actor, site.id(), id);
    }

    @PostMapping("/api/v1/party-disclosures/{id}/return")
    PartyView returnForChanges(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        disclosures.returnForChanges(actor, site.id(), id, body.reason());
        return queries.view(actor, site.id(), id);
    }

    @PostMapping("/api/v1/party-disclosures/{id}/withdraw")
    PartyView withdraw(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        disclosures.withdraw(actor, site.id(), id, body.reason());
        return queries.view(actor, site.id(), id);
    }

    @GetMapping("/api/v1/party-disclosures/{id}/history")
    List<ReviewEvent> history(Site site, Actor actor, @PathVariable long id) {
        return queries.history(actor, site.id(), id);
    }

    @Operation(summary = "对公示提出异议", description = "公示中受理；须填写姓名和联系方式（仅党组织可见）。公示未开始或已期满时 409 NOT_OPEN。")
    @PostMapping("/api/v1/announcements/{id}/objections")
    ResponseEntity<ObjectionReceipt> object(Site site, Actor actor, @PathVariable long id, @RequestBody ObjectionRequest body) {
        AnnouncementObjection saved = disclosures.object(actor, site.id(), id, body.name(), body.contact(), body.objection(), queries);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ObjectionReceipt(saved.id(), id, saved.at()));
    }

    @Operation(summary = "公示收到的异议", description = "仅本党组织工作人员及其审核人可见，含异议人姓名和联系方式。")
    @GetMapping("/api/v1/announcements/{id}/objections")
    PageOf<ObjectionJson> objections(Site site, Actor actor, @PathVariable long id) {
        return PageOf.all(queries.objections(actor, site.id(), id).stream()
                .map(o -> new ObjectionJson(o.id(), o.name(), o.contact(), o.objection(), o.at())).toList());
    }
}
