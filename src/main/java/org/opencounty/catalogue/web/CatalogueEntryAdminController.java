package org.opencounty.catalogue.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.CatalogueReview;
import org.opencounty.catalogue.EntryView;
import org.opencounty.catalogue.ProcedureChart;
import org.opencounty.web.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reviewing a service guide or fee in the back office: the same chain and buttons as articles. */
@Controller
class CatalogueEntryAdminController {

    private final CatalogueQueries queries;
    private final CatalogueReview review;
    private final ReviewPermissions permissions;

    CatalogueEntryAdminController(CatalogueQueries queries, CatalogueReview review, ReviewPermissions permissions) {
        this.queries = queries;
        this.review = review;
        this.permissions = permissions;
    }

    @GetMapping("/admin/catalogue/entries/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        return page(actor, id, model, saved != null ? "已保存" : null, Map.of(), null);
    }

    @PostMapping("/admin/catalogue/entries/{id}/{action}")
    String act(Actor actor, @PathVariable long id, @PathVariable String action, @RequestParam(defaultValue = "") String reason, Model model) {
        return FormRefusals.handle(() -> {
            switch (action) {
                case "submit" -> review.submit(actor, id);
                case "approve" -> review.approve(actor, id);
                case "return" -> review.returnForChanges(actor, id, reason);
                case "withdraw" -> review.withdraw(actor, id, reason);
                default -> throw new org.opencounty.common.NotFoundException("不支持的操作");
            }
            return "redirect:/admin/catalogue/entries/" + id + "?saved";
        }, e -> e instanceof org.opencounty.catalogue.IncompleteItemException incomplete
                ? page(actor, id, model, null, Map.of("form", e.getMessage()), incomplete)
                : page(actor, id, model, null, FormRefusals.messages(e), null));
    }

    private String page(Actor actor, long id, Model model, String message, Map<String, String> errors,
                        org.opencounty.catalogue.IncompleteItemException incomplete) {
        EntryView view = queries.view(actor, id);
        var entry = view.entry();
        model.addAttribute("view", view);
        model.addAttribute("chart", view.item() == null ? "" : ProcedureChart.svg(view.item().name(), view.item().procedure()));
        model.addAttribute("canWrite", permissions.canWrite(actor, entry.siteId(), entry.unitId()));
        model.addAttribute("canLeader", permissions.canReviewAsLeader(actor, entry.siteId(), entry.unitId()));
        model.addAttribute("canCenter", permissions.canReviewAsCenter(actor, entry.siteId()));
        model.addAttribute("canWithdraw", permissions.canWithdraw(actor, entry.siteId(), entry.unitId()));
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        return "catalogue/backoffice/catalogueEntry";
    }
}
