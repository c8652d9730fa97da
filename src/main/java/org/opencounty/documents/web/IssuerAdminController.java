package org.opencounty.documents.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.documents.DocumentIssuers;
import org.opencounty.units.Units;
import org.opencounty.web.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The center administrator's page of the units' 发文机关代字. */
@Controller
class IssuerAdminController {

    private final DocumentIssuers issuers;
    private final Units units;

    IssuerAdminController(DocumentIssuers issuers, Units units) {
        this.issuers = issuers;
        this.units = units;
    }

    @GetMapping("/admin/document-issuers")
    String list(Actor actor, Model model) {
        return page(actor, model, Map.of());
    }

    @PostMapping("/admin/document-issuers/{unitCode}")
    String set(Actor actor, @PathVariable String unitCode, @RequestParam(defaultValue = "") String prefix,
               @RequestParam(defaultValue = "") String issuerMark, Model model) {
        return FormRefusals.handle(() -> {
            issuers.set(actor, unitCode, prefix, issuerMark);
            return "redirect:/admin/document-issuers?saved";
        }, e -> page(actor, model, DocumentAdminController.errors(e)));
    }

    private String page(Actor actor, Model model, Map<String, String> errors) {
        if (!actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以设置发文机关代字");
        }
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("issuers", issuers.all(actor));
        model.addAttribute("errors", errors);
        return "documents/backoffice/issuers";
    }
}
