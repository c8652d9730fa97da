package org.opencounty.catalogue.web;

import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.CatalogueWriting;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.EntryView;
import org.opencounty.catalogue.FeeKind;
import org.opencounty.catalogue.ItemType;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.web.FormRefusals;
import org.opencounty.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Writing a service guide or a fee in the browser, the same drafts the Excel import and the API make. A guide's
 * lists are table rows; "增加一行" posts the form back with one more row and saves nothing, so the page needs no
 * JavaScript. A refused save shows the officer's own input again with the messages beside the fields.
 */
@Controller
class CatalogueEditAdminController {

    private final CatalogueWriting writing;
    private final CatalogueQueries queries;
    private final PublishedCatalogue published;
    private final ReviewPermissions permissions;

    CatalogueEditAdminController(CatalogueWriting writing, CatalogueQueries queries, PublishedCatalogue published,
                                 ReviewPermissions permissions) {
        this.writing = writing;
        this.queries = queries;
        this.published = published;
        this.permissions = permissions;
    }

    @GetMapping("/admin/catalogue/items/new")
    String newItem(Actor actor, Model model) {
        CatalogueWriting.requireOfficer(actor);
        return guide(actor, model, null, GuideForm.blank(), Map.of());
    }

    @PostMapping("/admin/catalogue/items")
    String createItem(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
        CatalogueWriting.requireOfficer(actor);
        FormValues form = GuideForm.posted(params);
        if (form.addingRow()) {
            return guide(actor, model, null, form, Map.of());
        }
        GuideForm.Parsed[] parsed = new GuideForm.Parsed[1];
        return FormRefusals.handle(() -> {
            parsed[0] = GuideForm.parse(form);
            return "redirect:/admin/catalogue/entries/" + writing.createItem(actor, parsed[0].item()).id() + "?saved";
        }, e -> guide(actor, model, null, form, errors(e, parsed[0])));
    }

    @GetMapping("/admin/catalogue/fees/new")
    String newFee(Actor actor, Model model) {
        CatalogueWriting.requireOfficer(actor);
        return fee(model, null, FeeForm.blank(), Map.of());
    }

    @PostMapping("/admin/catalogue/fees")
    String createFee(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
        CatalogueWriting.requireOfficer(actor);
        FormValues form = FeeForm.posted(params);
        return FormRefusals.handle(() -> "redirect:/admin/catalogue/entries/" + writing.createFee(actor, FeeForm.parse(form)).id() + "?saved",
                e -> fee(model, null, form, errors(e, null)));
    }

    @GetMapping("/admin/catalogue/entries/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        EntryView view = writable(actor, id);
        long version = view.entry().version();
        return view.entry().kind() == EntryKind.ITEM
                ? guide(actor, model, view, GuideForm.of(view.item(), version), Map.of())
                : fee(model, view, FeeForm.of(view.fee(), version), Map.of());
    }

    @PostMapping("/admin/catalogue/entries/{id}/edit")
    String update(Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        EntryView view = writable(actor, id);
        boolean item = view.entry().kind() == EntryKind.ITEM;
        FormValues form = item ? GuideForm.posted(params) : FeeForm.posted(params);
        if (item && form.addingRow()) {
            return guide(actor, model, view, form, Map.of());
        }
        GuideForm.Parsed[] parsed = new GuideForm.Parsed[1];
        return FormRefusals.handle(() -> {
            long version = version(form);
            if (item) {
                parsed[0] = GuideForm.parse(form);
                writing.updateItem(actor, id, parsed[0].item(), version);
            } else {
                writing.updateFee(actor, id, FeeForm.parse(form), version);
            }
            return "redirect:/admin/catalogue/entries/" + id + "?saved";
        }, e -> item ? guide(actor, model, view, form, errors(e, parsed[0])) : fee(model, view, form, errors(e, null)));
    }

    private EntryView writable(Actor actor, long id) {
        EntryView view = queries.view(actor, id);
        if (!permissions.canWrite(actor, view.entry().siteId(), view.entry().unitId())) {
            throw new NotAllowedException("只有本单位的信息员可以编辑");
        }
        return view;
    }

    private String guide(Actor actor, Model model, EntryView view, FormValues form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(ItemType.values()));
        model.addAttribute("targets", List.of(ServiceTarget.values()));
        model.addAttribute("fees", published.fees(actor.siteId()));
        return "catalogue/backoffice/guideEdit";
    }

    private String fee(Model model, EntryView view, FormValues form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(FeeKind.values()));
        return "catalogue/backoffice/feeEdit";
    }

    private static long version(FormValues form) {
        try {
            return Long.parseLong(form.get("version"));
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("form", "表单已失效，请刷新后重试");
        }
    }

    private static Map<String, String> errors(DomainException e, GuideForm.Parsed parsed) {
        if (e.fields().isEmpty()) {
            return FormRefusals.messages(e);
        }
        return parsed == null ? e.fields() : parsed.onPage(e.fields());
    }
}
