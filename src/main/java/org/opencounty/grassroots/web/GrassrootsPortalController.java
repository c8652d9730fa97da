package org.opencounty.grassroots.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.PartyCategory;
import org.opencounty.grassroots.PartyDisclosures;
import org.opencounty.grassroots.PartyQueries;
import org.opencounty.grassroots.PartyView;
import org.opencounty.grassroots.VillageCategory;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.grassroots.VillageQuestions;
import org.opencounty.grassroots.VillageTimeliness;
import org.opencounty.grassroots.VillageView;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.opencounty.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public grassroots pages, phone first: villages and communities by township, a village's 村务公开 by category with
 * its timeliness, a disclosure with its tables, questions and the 公开栏 print view, a township's villages at a glance, a
 * community's page, a party organisation's 公开目录 and its 公示 with the objection form. Work without JavaScript.
 */
@Controller
class GrassrootsPortalController {

    private final VillageQueries villages;
    private final VillageQuestions questions;
    private final PartyQueries party;
    private final PartyDisclosures partyDisclosures;
    private final Units units;
    private final org.opencounty.grassroots.CommunityPlatform community;
    private final org.opencounty.grassroots.CommunityNotices notices;

    GrassrootsPortalController(VillageQueries villages, VillageQuestions questions, PartyQueries party, PartyDisclosures partyDisclosures,
                               Units units, org.opencounty.grassroots.CommunityPlatform community,
                               org.opencounty.grassroots.CommunityNotices notices) {
        this.community = community;
        this.notices = notices;
        this.villages = villages;
        this.questions = questions;
        this.party = party;
        this.partyDisclosures = partyDisclosures;
        this.units = units;
    }

    /** How many items of a category a village's or a party organisation's page shows at a time. */
    static final int PER_CATEGORY = 20;

    @GetMapping("/villages")
    String villages(Site site, Model model) {
        model.addAttribute("groups", listed(site, UnitKind.VILLAGE));
        model.addAttribute("kind", UnitKind.VILLAGE);
        return "grassroots/directory";
    }

    @GetMapping("/communities")
    String communities(Site site, Model model) {
        model.addAttribute("groups", listed(site, UnitKind.COMMUNITY));
        model.addAttribute("kind", UnitKind.COMMUNITY);
        return "grassroots/directory";
    }

    @GetMapping("/villages/{code}")
    String village(Site site, Actor actor, @PathVariable String code, @RequestParam(required = false) VillageCategory category,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        Unit village = villages.village(site.id(), code);
        model.addAttribute("village", village);
        model.addAttribute("township", parent(village));
        // Each category a page at a time, newest period first: years of disclosures never make one long page.
        model.addAttribute("byCategory", villages.publishedByCategory(site.id(), code, category, page, PER_CATEGORY));
        model.addAttribute("timeliness", villages.timeliness(site.id(), code));
        model.addAttribute("parties", party.attached(village));
        return "grassroots/village";
    }

    @GetMapping("/townships/{code}/villages")
    String township(Site site, @PathVariable String code, Model model) {
        Unit township = villages.township(site.id(), code).orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的乡（镇）"));
        List<Listed> below = listed(site, UnitKind.VILLAGE).entrySet().stream().filter(e -> e.getKey().id().equals(township.id()))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
        model.addAttribute("township", township);
        model.addAttribute("villages", below);
        return "grassroots/township";
    }

    @GetMapping("/village-disclosures/{id}")
    String disclosure(Site site, @PathVariable long id, @RequestParam(required = false) String asked, Model model) {
        return disclosurePage(site, id, new FormValues(), Map.of(), asked != null, model);
    }

    @PostMapping("/village-disclosures/{id}/questions")
    String ask(Site site, Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
               HttpServletResponse response) {
        FormValues form = FormValues.posted(params, Map.of());
        try {
            questions.ask(actor, site.id(), id, form.get("name"), form.get("contact"), form.get("question"));
            return "redirect:/village-disclosures/" + id + "?asked#questions";
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            Map<String, String> errors = new LinkedHashMap<>(e.fields());
            if (errors.isEmpty()) {
                errors.put("question", e.getMessage());
            }
            return disclosurePage(site, id, form, errors, false, model);
        }
    }

    @GetMapping("/village-disclosures/{id}/print")
    String print(Site site, @PathVariable long id, Model model) {
        model.addAttribute("disclosure", villages.published(site.id(), id));
        return "grassroots/disclosurePrint";
    }

    @GetMapping("/communities/{code}")
    String community(Site site, Actor actor, @PathVariable String code, @RequestParam(required = false) String done,
                     @RequestParam(defaultValue = "1") int activityPage, @RequestParam(defaultValue = "1") int noticePage, Model model) {
        return communityPage(site, actor, code, done, null, activityPage, noticePage, model);
    }

    /** A signed-in citizen takes a place or gives it back; anybody else is sent to sign in first. */
    @PostMapping("/communities/{code}/activities/{id}/{action}")
    String activity(Site site, Actor actor, @PathVariable String code, @PathVariable long id, @PathVariable String action, Model model,
                    HttpServletResponse response) {
        if (actor == null) {
            return "redirect:/login";
        }
        try {
            switch (action) {
                case "register" -> community.register(actor, site.id(), id);
                case "cancel" -> community.cancel(actor, site.id(), id);
                default -> throw new NotFoundException("没有这个操作");
            }
            return "redirect:/communities/" + code + "?done=" + action + "#activity-" + id;
        } catch (NotFoundException | org.opencounty.common.NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return communityPage(site, actor, code, null, e.getMessage(), 1, 1, model);
        }
    }

    private String communityPage(Site site, Actor actor, String code, String done, String refusal, int activityPage, int noticePage,
                                 Model model) {
        Unit community = this.community.community(site.id(), code);
        PageOf<org.opencounty.grassroots.VolunteerActivity> activities = PageOf.clamped(activityPage,
                n -> this.community.activities(site.id(), code, n, CommunityApiController.ACTIVITIES_PER_PAGE));
        model.addAttribute("services", this.community.services(site.id(), code));
        model.addAttribute("notices", PageOf.clamped(noticePage,
                n -> notices.published(site.id(), code, n, CommunityNoticeApiController.NOTICES_PER_PAGE)));
        model.addAttribute("activities", activities);
        model.addAttribute("mine", this.community.registeredAmong(actor, activities.items()));
        model.addAttribute("citizen", actor != null && actor.has(org.opencounty.common.Role.CITIZEN));
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        model.addAttribute("community", community);
        model.addAttribute("township", parent(community));
        model.addAttribute("contacts", units.contactsOf(community));
        model.addAttribute("parties", party.attached(community));
        return "grassroots/community";
    }

    @GetMapping("/party/{code}")
    String organisation(Site site, Actor actor, @PathVariable String code, @RequestParam(required = false) PartyCategory category,
                        @RequestParam(defaultValue = "1") int page, Model model) {
        Unit organisation = party.organisation(site.id(), code);
        // The portal shows what was put into effect (实施), each category a page at a time; drafts stay in the back office.
        Map<PartyCategory, PageOf<PartyView>> byCategory = party.publishedByCategory(actor, site.id(), code, category, page, PER_CATEGORY);
        model.addAttribute("organisation", organisation);
        model.addAttribute("level", party.level(organisation));
        model.addAttribute("attachedTo", party.attachedTo(organisation));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("member", PartyQueries.belongsTo(actor, site.id(), organisation.id()));
        return "grassroots/party";
    }

    @GetMapping("/party-disclosures/{id}")
    String partyItem(Site site, Actor actor, @PathVariable long id, @RequestParam(required = false) String objected, Model model) {
        return partyPage(site, actor, id, new FormValues(), Map.of(), objected != null, model);
    }

    @PostMapping("/party-disclosures/{id}/objections")
    String object(Site site, Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        FormValues form = FormValues.posted(params, Map.of());
        try {
            partyDisclosures.object(actor, site.id(), id, form.get("name"), form.get("contact"), form.get("objection"), party);
            return "redirect:/party-disclosures/" + id + "?objected#objecting";
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            Map<String, String> errors = new LinkedHashMap<>(e.fields());
            if (errors.isEmpty()) {
                errors.put("objection", e.getMessage());
            }
            return partyPage(site, actor, id, form, errors, false, model);
        }
    }

    private String disclosurePage(Site site, long id, FormValues form, Map<String, String> errors, boolean asked, Model model) {
        VillageView view = villages.published(site.id(), id);
        model.addAttribute("disclosure", view);
        model.addAttribute("questions", questions.of(site.id(), id));
        model.addAttribute("today", questions.today());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("asked", asked);
        return "grassroots/disclosure";
    }

    private String partyPage(Site site, Actor actor, long id, FormValues form, Map<String, String> errors, boolean objected, Model model) {
        party.readable(actor, site.id(), id);
        PartyView view = party.view(actor, site.id(), id);
        model.addAttribute("item", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("objected", objected);
        return "grassroots/partyItem";
    }

    private Unit parent(Unit unit) {
        return unit.parentId() == null ? null : units.byId(unit.parentId()).orElse(null);
    }

    /** The villages (or communities) by township; the villages' timeliness worked out together, in a fixed number of statements. */
    private Map<Unit, List<Listed>> listed(Site site, UnitKind kind) {
        Map<Unit, List<Unit>> byTownship = villages.byTownship(site.id(), kind);
        Map<Long, org.opencounty.grassroots.VillageTimeliness> timeliness = kind == UnitKind.VILLAGE
                ? villages.timelinessOf(byTownship.values().stream().flatMap(List::stream).toList()) : Map.of();
        Map<Unit, List<Listed>> groups = new LinkedHashMap<>();
        byTownship.forEach((township, below) -> groups.put(township, below.stream()
                .map(unit -> new Listed(unit, timeliness.get(unit.id()))).toList()));
        return groups;
    }
}
