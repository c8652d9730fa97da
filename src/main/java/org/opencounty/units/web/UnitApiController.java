package org.opencounty.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewEvent;
import org.opencounty.sites.Site;
import org.opencounty.units.Contact;
import org.opencounty.units.ProfileChange;
import org.opencounty.units.ProfileQueries;
import org.opencounty.units.ProfileReview;
import org.opencounty.units.ProfileRevision;
import org.opencounty.units.ProfileView;
import org.opencounty.units.ProfileWriting;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.UnitKind;
import org.opencounty.units.UnitProfile;
import org.opencounty.units.Units;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units and their profiles over JSON. The published profile is public; a change goes into a revision that the unit's
 * leader and then the center approve (the same steps as {@code /api/v1/articles} and {@code /api/v1/service-items}).
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "单位信息", description = "单位目录和单位公开信息（机构设置、法定职责、主要负责人、办公地点和联系方式）。"
        + "修改先保存为修订版本，经本单位主要领导审核、电子政务中心审核发布后才在网站上显示。")
class UnitApiController {

    record UnitSummary(String code, String name, UnitKind kind, String parentCode) {
    }

    /**
     * The published profile. {@code contacts} and {@code profileState} are present only for callers who may see the
     * unit's internal data.
     */
    record UnitDetail(String code, String name, UnitKind kind, String parentCode, String organisation, String duties,
                      String leaderName, String address, String phone, String email, String officeHours,
                      List<Contact> contacts, String profileState, long version) {
    }

    record ProfileUpdate(String organisation, String duties, String leaderName, String address, String phone,
                         String email, String officeHours, List<Contact> contacts, Long version) {
    }

    record ReasonRequest(String reason) {
    }

    record RevisionJson(int number, String author, String submittedBy, Instant updatedAt, UnitProfile profile) {
    }

    /** The profile in the review chain: what is live, the revision being written or reviewed, and its history. */
    record ProfileJson(String code, String name, String state, long version, boolean liveStaysUpMeanwhile,
                       UnitProfile live, RevisionJson revision, List<ProfileChange> changes, List<ReviewEvent> history) {

        static ProfileJson of(ProfileView view) {
            Unit unit = view.unit();
            ProfileRevision working = view.working();
            return new ProfileJson(unit.code(), unit.name(), view.state().name(), unit.version(), view.liveStaysUpMeanwhile(),
                    view.live(), working == null ? null : new RevisionJson(working.number(), working.author(),
                            working.submittedBy(), working.updatedAt(), working.profile()),
                    view.changes(), view.history());
        }
    }

    private final Units units;
    private final UnitAccess access;
    private final ProfileWriting writing;
    private final ProfileReview review;
    private final ProfileQueries queries;

    UnitApiController(Units units, UnitAccess access, ProfileWriting writing, ProfileReview review, ProfileQueries queries) {
        this.units = units;
        this.access = access;
        this.writing = writing;
        this.review = review;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "单位目录")
    List<UnitSummary> list(Site site) {
        List<Unit> all = units.directory(site.id());
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Unit::id, Unit::code));
        return all.stream().map(u -> new UnitSummary(u.code(), u.name(), u.kind(), codes.get(u.parentId()))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "单位的已发布信息", description = "网站上显示的版本。本单位工作人员和中心另可看到报备联系人和审核状态（profileState）；"
            + "version 是修改时须带上的版本号。")
    UnitDetail get(Site site, @PathVariable String code, Actor actor) {
        return detail(units.get(site.id(), code), actor);
    }

    @PutMapping({"/{code}", "/{code}/profile"})
    @Operation(summary = "保存单位信息修订版本（草稿）", description = "本单位（或上级单位）的信息员、主要领导，或中心管理员保存修订版本；"
            + "网站继续显示已发布的版本，直到修订版本经审核发布。须带上开始修改时的 version，过时的修改返回 409 STALE_VERSION，"
            + "审核中的修订版本退回后才能修改（409 INVALID_STATE）。")
    ProfileJson update(Site site, @PathVariable String code, Actor actor, @RequestBody ProfileUpdate body) {
        if (body.version() == null) {
            throw InvalidInputException.field("version", "请提供所修改记录的版本号（version）");
        }
        requireSite(site, actor);
        writing.edit(actor, site.id(), code, new UnitProfile(body.organisation(), body.duties(), body.leaderName(), body.address(),
                body.phone(), body.email(), body.officeHours(), body.contacts()), body.version());
        return profile(site, code, actor);
    }

    @GetMapping("/{code}/profile")
    @Operation(summary = "单位信息的审核情况", description = "已发布的版本、正在填写或审核的修订版本及其与已发布版本的逐项对照、状态和办理记录；"
            + "仅本单位工作人员和中心可见。")
    ProfileJson profile(Site site, @PathVariable String code, Actor actor) {
        requireSite(site, actor);
        return ProfileJson.of(queries.view(actor, site.id(), code));
    }

    @PostMapping("/{code}/profile/submit")
    @Operation(summary = "报送单位领导审核", description = "内容含有禁止发布的信息时返回 422 SCREENING_BLOCKED，并逐项列出（findings）。")
    ProfileJson submit(Site site, @PathVariable String code, Actor actor) {
        return step(site, code, actor, () -> review.submit(actor, site.id(), code));
    }

    @PostMapping("/{code}/profile/approve")
    @Operation(summary = "审核通过", description = "待单位领导审核时由本单位（或上级单位）主要领导通过，报送电子政务中心；"
            + "待中心审核时由中心审核员通过并发布（与 publish 相同）。不能审核自己撰写或报送的修订版本（403 SELF_APPROVAL）。")
    ProfileJson approve(Site site, @PathVariable String code, Actor actor) {
        return step(site, code, actor, () -> review.approve(actor, site.id(), code));
    }

    @PostMapping("/{code}/profile/publish")
    @Operation(summary = "中心审核通过并发布", description = "仅在待中心审核时可用；发布前再次进行内容审查。")
    ProfileJson publish(Site site, @PathVariable String code, Actor actor) {
        return step(site, code, actor, () -> review.publish(actor, site.id(), code));
    }

    @PostMapping("/{code}/profile/return")
    @Operation(summary = "退回修改", description = "请求体 {\"reason\": \"…\"}，退回理由必填。")
    ProfileJson returnForChanges(Site site, @PathVariable String code, Actor actor, @RequestBody(required = false) ReasonRequest body) {
        return step(site, code, actor, () -> review.returnForChanges(actor, site.id(), code, body == null ? null : body.reason()));
    }

    /** Takes a step of the review chain and answers with where the profile stands after it. */
    private ProfileJson step(Site site, String code, Actor actor, Runnable step) {
        requireSite(site, actor);
        step.run();
        return profile(site, code, actor);
    }

    private static void requireSite(Site site, Actor actor) {
        if (actor == null || actor.siteId() != site.id()) {
            throw new NotAllowedException("您无权处理该单位的信息");
        }
    }

    private UnitDetail detail(Unit unit, Actor actor) {
        String parentCode = unit.parentId() == null ? null : units.byId(unit.parentId()).map(Unit::code).orElse(null);
        boolean internal = access.canSee(actor, unit);
        return new UnitDetail(unit.code(), unit.name(), unit.kind(), parentCode, unit.organisation(), unit.duties(),
                unit.leaderName(), unit.address(), unit.phone(), unit.email(), unit.officeHours(),
                internal ? units.contactsOf(unit) : null, internal ? unit.profileState().name() : null, unit.version());
    }
}
