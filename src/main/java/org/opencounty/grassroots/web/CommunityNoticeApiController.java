package org.opencounty.grassroots.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.CommunityNoticeView;
import org.opencounty.grassroots.CommunityNotices;
import org.opencounty.grassroots.CommunityPlatform;
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
 * 社区通知 over JSON, as the village disclosures' API: reading is public (the live notices); the community's staff and
 * its township read every notice in their scope with its working text; writing and the chain's steps are the same domain
 * methods as the back office's (officer writes and submits, director approves, township publishes, returns or withdraws).
 */
@RestController
class CommunityNoticeApiController {

    record NoticeRequest(String community, String title, String body, Long version) {
    }

    record Reason(String reason) {
    }

    private final CommunityNotices notices;
    private final CommunityPlatform platform;

    CommunityNoticeApiController(CommunityNotices notices, CommunityPlatform platform) {
        this.notices = notices;
        this.platform = platform;
    }

    /** The community pages' lists of notices: the API's default size. */
    static final int NOTICES_PER_PAGE = 20;

    @Operation(summary = "社区通知列表", description = "未登录或公众：已发布的，新的在前；本社区工作人员和所属乡镇：全部（含草稿、审核中和已撤回）。")
    @GetMapping("/api/v1/communities/{code}/notices")
    PageOf<CommunityNoticeView> list(Site site, Actor actor, @PathVariable String code, @RequestParam(defaultValue = "1") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        PageOf.requirePage(page);
        int perPage = Math.max(1, Math.min(size, 100));
        boolean staff = actor != null && platform.canSee(actor, platform.community(site.id(), code));
        return staff ? notices.all(actor, site.id(), code, page, perPage) : notices.published(site.id(), code, page, perPage);
    }

    @Operation(summary = "社区通知", description = "公众读到已发布的文本（未发布或已撤回 404）；本社区工作人员和所属乡镇读到正在撰写或审核的文本。")
    @GetMapping("/api/v1/community-notices/{id}")
    CommunityNoticeView get(Site site, Actor actor, @PathVariable long id) {
        return notices.seesAll(actor, site.id(), id) ? notices.view(actor, site.id(), id) : notices.live(site.id(), id);
    }

    @Operation(summary = "撰写社区通知（草稿）", description = "本社区信息员；标题和内容必填。")
    @PostMapping("/api/v1/community-notices")
    ResponseEntity<CommunityNoticeView> create(Site site, Actor actor, @RequestBody NoticeRequest body) {
        long id = notices.create(actor, site.id(), body.community(), body.title(), body.body()).id();
        return ResponseEntity.status(HttpStatus.CREATED).body(notices.view(actor, site.id(), id));
    }

    @Operation(summary = "修改社区通知", description = "须带上读取时的 version；过期 409 STALE_VERSION，审核中 409 INVALID_STATE。")
    @PutMapping("/api/v1/community-notices/{id}")
    CommunityNoticeView edit(Site site, Actor actor, @PathVariable long id, @RequestBody NoticeRequest body) {
        notices.edit(actor, site.id(), id, body.title(), body.body(), body.version() == null ? -1 : body.version());
        return notices.view(actor, site.id(), id);
    }

    @Operation(summary = "报送", description = "本社区信息员；含密级标志等内容 422 SCREENING_BLOCKED。报送后由社区主任审核，再由所属乡镇审核员发布。")
    @PostMapping("/api/v1/community-notices/{id}/submit")
    CommunityNoticeView submit(Site site, Actor actor, @PathVariable long id) {
        notices.submit(actor, site.id(), id);
        return notices.view(actor, site.id(), id);
    }

    @Operation(summary = "审核通过", description = "待主任审核时由社区主任通过；待乡镇审核时由所属乡镇审核员通过并发布。")
    @PostMapping("/api/v1/community-notices/{id}/approve")
    CommunityNoticeView approve(Site site, Actor actor, @PathVariable long id) {
        notices.approve(actor, site.id(), id);
        return notices.view(actor, site.id(), id);
    }

    @Operation(summary = "退回", description = "社区主任或乡镇审核员退回，须写明理由。")
    @PostMapping("/api/v1/community-notices/{id}/return")
    CommunityNoticeView returnForChanges(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        notices.returnForChanges(actor, site.id(), id, body.reason());
        return notices.view(actor, site.id(), id);
    }

    @Operation(summary = "撤回已发布的社区通知", description = "社区主任或所属乡镇，须写明理由；理由留在历史中。")
    @PostMapping("/api/v1/community-notices/{id}/withdraw")
    CommunityNoticeView withdraw(Site site, Actor actor, @PathVariable long id, @RequestBody Reason body) {
        notices.withdraw(actor, site.id(), id, body.reason());
        return notices.view(actor, site.id(), id);
    }

    @GetMapping("/api/v1/community-notices/{id}/history")
    List<ReviewEvent> history(Site site, Actor actor, @PathVariable long id) {
        return notices.history(actor, site.id(), id);
    }
}
