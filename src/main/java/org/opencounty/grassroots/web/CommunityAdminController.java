package org.opencounty.grassroots.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.ActivityRegistration;
import org.opencounty.grassroots.CommunityNotices;
import org.opencounty.grassroots.CommunityPlatform;
import org.opencounty.grassroots.CommunityService;
import org.opencounty.grassroots.VolunteerActivity;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.opencounty.web.Downloads;
import org.opencounty.web.FormRefusals;
import org.opencounty.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The community's back office (社区信息化平台): its officer and director keep the 便民服务 directory, announce volunteer
 * activities, see and export who signed up and call an activity off with a notice to them, and write community notices
 * that go through the review chain; the service station's address, hours and contacts are the community's unit profile.
 * The township's staff read all of it. Pages work without JavaScript; every refusal shows the form again with its status.
 */
@Controller
class CommunityAdminController {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CommunityPlatform platform;
    private final CommunityNotices notices;
    private final Units units;

    CommunityAdminController(CommunityPlatform platform, CommunityNotices notices, Units units) {
        this.platform = platform;
        this.notices = notices;
        this.units = units;
    }

    @GetMapping("/admin/communities")
    String communities(Actor actor, Model model) {
        model.addAttribute("communities", platform.communitiesSeenBy(actor));
        return "grassroots/backoffice/communities";
    }

    @GetMapping("/admin/communities/{code}")
    String community(Site site, Actor actor, @PathVariable String code, @RequestParam(required = false) String done,
                     @RequestParam(defaultValue = "1") int activityPage, @RequestParam(defaultValue = "1") int noticePage, Model model) {
        model.addAttribute("activityPage", activityPage);
        model.addAttribute("noticePage", noticePage);
        return communityPage(site, actor, code, done, new FormValues(), new FormValues(), Map.of(), model);
    }

    @PostMapping("/admin/communities/{code}/services")
    String addService(Site site, Actor actor, @PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        FormValues form = FormValues.posted(params, Map.of());
        return FormRefusals.handle(() -> {
            platform.addService(actor, site.id(), code, form.get("category"), form.get("name"), form.get("address"), form.get("phone"),
                    form.get("hours"));
            return "redirect:/admin/communities/" + code + "?done=service#services";
        }, e -> communityPage(site, actor, code, null, form, new FormValues(), prefixed("service.", e), model));
    }

    @GetMapping("/admin/communities/{code}/services/{id}")
    String serviceForm(Site site, Actor actor, @PathVariable String code, @PathVariable long id, Model model) {
        Unit community = seen(site, actor, code);
        CommunityService entry = platform.services(site.id(), code).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("本社区没有编号为 " + id + " 的便民服务"));
        FormValues form = new FormValues();
        form.set("category", entry.category());
        form.set("name", entry.name());
        form.set("address", entry.address());
        form.set("phone", entry.phone());
        form.set("hours", entry.hours());
        form.set("version", entry.version());
        return serviceForm(community, id, form, Map.of(), model);
    }

    @PostMapping("/admin/communities/{code}/services/{id}")
    String editService(Site site, Actor actor, @PathVariable String code, @PathVariable long id,
                       @RequestParam MultiValueMap<String, String> params, Model model) {
        FormValues form = FormValues.posted(params, Map.of());
        return FormRefusals.handle(() -> {
            platform.editService(actor, site.id(), code, id, form.get("category"), form.get("name"), form.get("address"), form.get("phone"),
                    form.get("hours"), FormVersion.of(form));
            return "redirect:/admin/communities/" + code + "?done=service-edit#services";
        }, e -> serviceForm(seen(site, actor, code), id, form, FormRefusals.messages(e), model));
    }

    @PostMapping("/admin/communities/{code}/services/{id}/remove")
    String removeService(Site site, Actor actor, @PathVariable String code, @PathVariable long id) {
        platform.removeService(actor, site.id(), code, id);
        return "redirect:/admin/communities/" + code + "?done=service-remove#services";
    }

    @PostMapping("/admin/communities/{code}/activities")
    String announce(Site site, Actor actor, @PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        FormValues form = FormValues.posted(params, Map.of());
        return FormRefusals.handle(() -> {
            Integer capacity = form.get("capacity").isBlank() ? null : parseCapacity(form.get("capacity"));
            long id = platform.announce(actor, site.id(), code, form.get("title"), form.get("description"), form.get("place"),
                    form.get("startsAt"), form.get("endsAt"), capacity).id();
            return "redirect:/admin/activities/" + id + "?done=announce";
        }, e -> communityPage(site, actor, code, null, new FormValues(), form, prefixed("activity.", e), model));
    }

    @GetMapping("/admin/activities/{id}")
    String activity(Site site, Actor actor, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return activityPage(site, actor, id, done, Map.of(), model);
    }

    @PostMapping("/admin/activities/{id}/cancel")
    String cancelActivity(Site site, Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        return FormRefusals.handle(() -> {
            platform.cancelActivity(actor, site.id(), id, reason);
            return "redirect:/admin/activities/" + id + "?done=cancel";
        }, e -> activityPage(site, actor, id, null, FormRefusals.messages(e), model));
    }

    /** The list as a spreadsheet-friendly CSV (UTF-8 with BOM, so that Excel reads the Chinese names). */
    @GetMapping("/admin/activities/{id}/registrations.csv")
    ResponseEntity<byte[]> export(Site site, Actor actor, @PathVariable long id) {
        VolunteerActivity activity = platform.activity(site.id(), id);
        StringBuilder csv = new StringBuilder("\uFEFF序号,姓名,账号,报名时间,状态\r\n");
        int n = 0;
        for (ActivityRegistration r : platform.registrations(actor, site.id(), id)) {
            csv.append(++n).append(',').append(cell(r.volunteerName())).append(',').append(cell(r.volunteerUsername())).append(',')
                    .append(minute(r.registeredAt())).append(',').append(r.cancelledAt() != null ? "已取消报名" : "有效").append("\r\n");
        }
        return Downloads.attachment("报名名单-" + activity.id() + ".csv", "text/csv;charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/communities/{code}/notices/new")
    String newNotice(Site site, Actor actor, @PathVariable String code, Model model) {
        return noticeForm(seen(site, actor, code), null, new FormValues(), Map.of(), model);
    }

    @PostMapping("/admin/communities/{code}/notices")
    String createNotice(Site site, Actor actor, @PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        FormValues form = FormValues.posted(params, Map.of());
        return FormRefusals.handle(() -> "redirect:/admin/community-notices/"
                        + notices.create(actor, site.id(), code, form.get("title"), form.get("body")).id() + "?done=create",
                e -> noticeForm(seen(site, actor, code), null, form, FormRefusals.messages(e), model));
    }

    @GetMapping("/admin/community-notices/{id}")
    String notice(Site site, Actor actor, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return noticePage(site, actor, id, done, null, null, Map.of(), model);
    }

    @PostMapping("/admin/community-notices/{id}")
    String editNotice(Site site, Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        FormValues form = FormValues.posted(params, Map.of());
        return FormRefusals.handle(() -> {
            notices.edit(actor, site.id(), id, form.get("title"), form.get("body"), FormVersion.of(form));
            return "redirect:/admin/community-notices/" + id + "?done=edit";
        }, e -> noticePage(site, actor, id, null, null, form, FormRefusals.messages(e), model));
    }

    @PostMapping("/admin/community-notices/{id}/{step}")
    String noticeStep(Site site, Actor actor, @PathVariable long id, @PathVariable String step,
                      @RequestParam(required = false) String reason, Model model) {
        return FormRefusals.handle(() -> {
            switch (step) {
                case "submit" -> notices.submit(actor, site.id(), id);
                case "approve" -> notices.approve(actor, site.id(), id);
                case "return" -> notices.returnForChanges(actor, site.id(), id, reason);
                case "withdraw" -> notices.withdraw(actor, site.id(), id, reason);
                default -> throw new NotFoundException("没有这个操作");
            }
            return "redirect:/admin/community-notices/" + id + "?done=" + step;
        }, e -> {
            if (e instanceof NotFoundException || e instanceof NotAllowedException) {
                throw e;
            }
            return noticePage(site, actor, id, null, e.getMessage(), null, FormRefusals.messages(e), model);
        });
    }

    /** The citizen's own registrations with the community's notices (an activity called off, and why). */
    @GetMapping("/account/activities")
    String mine(Site site, Actor actor, Model model) {
        List<ActivityRegistration> mine = platform.registrationsOf(actor);
        model.addAttribute("registrations", mine);
        model.addAttribute("activities", mine.stream().map(r -> platform.activity(site.id(), r.activityId())).toList());
        return "grassroots/myActivities";
    }

    private String communityPage(Site site, Actor actor, String code, String done, FormValues serviceForm, FormValues activityForm,
                                 Map<String, String> errors, Model model) {
        Unit community = seen(site, actor, code);
        if (activityForm.get("capacity").isBlank() && !errors.keySet().stream().anyMatch(k -> k.startsWith("activity."))) {
            activityForm.set("capacity", "20");
        }
        model.addAttribute("community", community);
        model.addAttribute("keeps", platform.keeps(actor, community));
        model.addAttribute("services", platform.services(site.id(), code));
        // A refused form shows the first pages of activities and notices; a page link asked for its own.
        int activityPage = (int) model.asMap().getOrDefault("activityPage", 1);
        model.addAttribute("activities", PageOf.clamped(activityPage,
                n -> platform.activities(site.id(), code, n, CommunityApiController.ACTIVITIES_PER_PAGE)));
        int noticePage = (int) model.asMap().getOrDefault("noticePage", 1);
        model.addAttribute("notices", PageOf.clamped(noticePage,
                n -> notices.all(actor, site.id(), code, n, CommunityNoticeApiController.NOTICES_PER_PAGE)));
        model.addAttribute("contacts", units.contactsOf(community));
        model.addAttribute("serviceForm", serviceForm);
        model.addAttribute("activityForm", activityForm);
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        return "grassroots/backoffice/community";
    }

    private String serviceForm(Unit community, long id, FormValues form, Map<String, String> errors, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "grassroots/backoffice/communityService";
    }

    private String activityPage(Site site, Actor actor, long id, String done, Map<String, String> errors, Model model) {
        VolunteerActivity activity = platform.activity(site.id(), id);
        Unit community = units.byId(activity.unitId()).orElseThrow();
        model.addAttribute("registrations", platform.registrations(actor, site.id(), id));
        model.addAttribute("activity", activity);
        model.addAttribute("community", community);
        model.addAttribute("keeps", platform.keeps(actor, community));
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        return "grassroots/backoffice/activity";
    }

    private String noticeForm(Unit community, Long id, FormValues form, Map<String, String> errors, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "grassroots/backoffice/newCommunityNotice";
    }

    private String noticePage(Site site, Actor actor, long id, String done, String refusal, FormValues form, Map<String, String> errors,
                              Model model) {
        var view = notices.view(actor, site.id(), id);
        FormValues shown = form;
        if (shown == null) {
            shown = new FormValues();
            shown.set("title", view.title());
            shown.set("body", view.body());
            shown.set("version", view.version());
        }
        model.addAttribute("notice", view);
        model.addAttribute("steps", notices.steps(actor, site.id(), id));
        model.addAttribute("history", notices.history(actor, site.id(), id));
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        return "grassroots/backoffice/communityNotice";
    }

    private Unit seen(Site site, Actor actor, String code) {
        Unit community = platform.community(site.id(), code);
        if (!platform.canSee(actor, community)) {
            throw new NotAllowedException("只有本社区工作人员和所属乡镇可以查看");
        }
        return community;
    }

    /** A refusal's field messages under the form's prefix, so that two forms on one page keep their own. */
    private static Map<String, String> prefixed(String prefix, org.opencounty.common.DomainException e) {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        FormRefusals.messages(e).forEach((field, message) -> messages.put(prefix + field, message));
        return messages;
    }

    private static Integer parseCapacity(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String minute(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, TimeConfiguration.CHINA).format(MINUTE);
    }

    /** A CSV cell; text that a spreadsheet would run as a formula is quoted with a leading apostrophe. */
    private static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
