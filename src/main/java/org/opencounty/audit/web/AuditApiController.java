package org.opencounty.audit.web;

import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditVerification;
import org.opencounty.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Walks the whole hash chain and compares it with the last signed checkpoint; {@code valid:false} names the
     * first entry that was altered, or {@code truncated:true} says the newest entries were deleted.
     */
    @GetMapping("/verify")
    AuditVerification verify(Actor actor) {
        // A token belongs to one site's account: the site is the token's.
        return audit.verify(actor, actor.siteId());
    }
}
