package org.opencounty.audit.web;

import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditVerification;
import org.opencounty.common.Actor;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for a site's administrators and supervisors: recent entries, the last checkpoint and a check of the chain. */
@Controller
class AuditAdminController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditAdminController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(Actor actor, Site site, @RequestParam(defaultValue = "") String actorName, @RequestParam(defaultValue = "") String action,
                Model model) {
        model.addAttribute("entries", audit.latest(actor, site.id(), actorName.strip(), action.strip(), null, PAGE_SIZE));
        model.addAttribute("actorName", actorName);
        model.addAttribute("action", action);
        model.addAttribute("total", audit.count(actor, site.id()));
        model.addAttribute("checkpoint", audit.lastCheckpoint(actor, site.id()).orElse(null));
        model.addAttribute("verification", null);
        return "audit/backoffice/audit";
    }

    /** Full page without JavaScript; with htmx only the result fragment is swapped in. */
    @PostMapping("/admin/audit/verify")
    String verify(Actor actor, Site site, Model model, jakarta.servlet.http.HttpServletRequest request) {
        AuditVerification verification = audit.verify(actor, site.id());
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("verification", verification);
            return "audit/backoffice/auditVerification";
        }
        list(actor, site, "", "", model);
        model.addAttribute("verification", verification);
        return "audit/backoffice/audit";
    }

    /** Anchors the chain now (besides daily and at shutdown), e.g. before a backup is taken. */
    @PostMapping("/admin/audit/checkpoint")
    String checkpoint(Actor actor, Site site) {
        audit.checkpoint(actor, site.id());
        return "redirect:/admin/audit?checkpoint";
    }
}
