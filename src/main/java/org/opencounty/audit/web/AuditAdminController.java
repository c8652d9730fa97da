package org.opencounty.audit.web;

import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditVerification;
import org.opencounty.common.Actor;
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
    String list(Actor actor, @RequestParam(defaultValue = "") String actorName, @RequestParam(defaultValue = "") String action,
                Model model) {
        model.addAttribute("entries", audit.latest(actor, actor.siteId(), actorName.strip(), action.strip(), null, PAGE_SIZE));
        model.addAttribute("actorName", actorName);
        model.addAttribute("action", action);
        model.addAttribute("total", audit.count(actor, actor.siteId()));
        model.addAttribute("checkpoint", audit.lastCheckpoint(actor, actor.siteId()).orElse(null));
        model.addAttribute("verification", null);
        return "audit/backoffice/audit";
    }

    /** Full page without JavaScript; with htmx only the result fragment is swapped in. */
    @PostMapping("/admin/audit/verify")
    String verify(Actor actor, Model model, jakarta.servlet.http.HttpServletRequest request) {
        AuditVerification verification = audit.verify(actor, actor.siteId());
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("verification", verification);
            return "audit/backoffice/auditVerification";
        }
        list(actor, "", "", model);
        model.addAttribute("verification", verification);
        return "audit/backoffice/audit";
    }

    /** Anchors the chain now (besides daily and at shutdown), e.g. before a backup is taken. */
    @PostMapping("/admin/audit/checkpoint")
    String checkpoint(Actor actor) {
        audit.checkpoint(actor, actor.siteId());
        return "redirect:/admin/audit?checkpoint";
    }
}
