package org.opencounty.audit.web;

import org.opencounty.audit.AuditLog;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators and supervisors: recent entries and a check of the hash chain. */
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
        requireReader(actor);
        model.addAttribute("entries", audit.latest(actorName.strip(), action.strip(), null, PAGE_SIZE));
        model.addAttribute("actorName", actorName);
        model.addAttribute("action", action);
        model.addAttribute("total", audit.count());
        model.addAttribute("verification", null);
        return "audit/backoffice/audit";
    }

    /** Full page without JavaScript; with htmx only the result fragment is swapped in. */
    @PostMapping("/admin/audit/verify")
    String verify(Actor actor, Model model, jakarta.servlet.http.HttpServletRequest request) {
        requireReader(actor);
        model.addAttribute("verification", audit.verify());
        if (request.getHeader("HX-Request") != null) {
            return "audit/backoffice/auditVerification";
        }
        model.addAttribute("entries", audit.latest("", "", null, PAGE_SIZE));
        model.addAttribute("actorName", "");
        model.addAttribute("action", "");
        model.addAttribute("total", audit.count());
        return "audit/backoffice/audit";
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.CENTER_ADMIN) && !actor.has(Role.SUPERVISOR)) {
            throw new NotAllowedException("只有中心管理员和监察人员可以查看审计日志");
        }
    }
}
