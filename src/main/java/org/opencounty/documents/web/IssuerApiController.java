package org.opencounty.documents.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.documents.DocumentIssuers;
import org.opencounty.documents.Issuer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The units' 发文机关代字, kept by the center. */
@RestController
@RequestMapping("/api/v1/document-issuers")
class IssuerApiController {

    record IssuerRequest(String prefix, String issuerMark) {
    }

    private final DocumentIssuers issuers;

    IssuerApiController(DocumentIssuers issuers) {
        this.issuers = issuers;
    }

    @GetMapping
    List<Issuer> all(Actor actor) {
        return issuers.all(actor);
    }

    @PutMapping("/{unitCode}")
    Issuer set(Actor actor, @PathVariable String unitCode, @RequestBody IssuerRequest body) {
        return issuers.set(actor, unitCode, body.prefix(), body.issuerMark());
    }
}
