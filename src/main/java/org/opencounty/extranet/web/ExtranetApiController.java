package org.opencounty.extranet.web;

import java.time.LocalDate;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.extranet.ExtranetConnection;
import org.opencounty.extranet.ExtranetDetails;
import org.opencounty.extranet.ExtranetProgress;
import org.opencounty.extranet.ExtranetRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The extranet registry over JSON. */
@RestController
@RequestMapping("/api/v1/extranet")
class ExtranetApiController {

    /** A change: {@code status} as NOT_APPLIED, APPLIED, UNDER_CONSTRUCTION, CONNECTED, ACCEPTED (or 未申请 … 已验收). */
    record ChangeRequest(String status, String carrier, String switchModel, Boolean switchManaged, String addressRange,
                         LocalDate connectedOn, String contactName, String contactPhone) {
    }

    private final ExtranetRegistry registry;

    ExtranetApiController(ExtranetRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    PageOf<ExtranetConnection> list(Actor actor) {
        return PageOf.all(registry.visible(actor));
    }

    @GetMapping("/progress")
    ExtranetProgress progress(Actor actor) {
        return ExtranetProgress.of(registry.visible(actor), registry.deadline(), registry.today());
    }

    @GetMapping("/{unitCode}")
    ExtranetRegistry.UnitRegistry unit(Actor actor, @PathVariable String unitCode) {
        return registry.of(actor, unitCode);
    }

    /** The unit's officer proposes (the center confirms later); the center's administrator sets it at once. */
    @PutMapping("/{unitCode}")
    ExtranetRegistry.UnitRegistry change(Actor actor, @PathVariable String unitCode, @RequestBody ChangeRequest body) {
        return registry.change(actor, unitCode, new ExtranetDetails(body.status(), body.carrier(), body.switchModel(),
                body.switchManaged(), body.addressRange(), body.connectedOn(), body.contactName(), body.contactPhone()));
    }

    @PostMapping("/{unitCode}/confirm")
    ExtranetRegistry.UnitRegistry confirm(Actor actor, @PathVariable String unitCode) {
        return registry.confirm(actor, unitCode);
    }
}
