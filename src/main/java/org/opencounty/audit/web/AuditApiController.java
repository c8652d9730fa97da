package org.opencounty.audit.web;

import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditVerification;
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

    /** Walks the whole hash chain; {@code valid:false} names the first entry that was altered. */
    @GetMapping("/verify")
    AuditVerification verify() {
        return audit.verify();
    }
}
