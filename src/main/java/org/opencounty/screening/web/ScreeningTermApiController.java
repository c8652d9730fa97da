package org.opencounty.screening.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.screening.ScreeningTerms;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screening/terms")
class ScreeningTermApiController {

    record NewTerm(String term, String category) {
    }

    private final ScreeningTerms terms;

    ScreeningTermApiController(ScreeningTerms terms) {
        this.terms = terms;
    }

    @GetMapping
    List<ScreeningTerms.Term> list(Actor actor) {
        if (!actor.has(org.opencounty.common.Role.CENTER_ADMIN) && !actor.has(org.opencounty.common.Role.CENTER_EDITOR)) {
            throw new org.opencounty.common.NotAllowedException("只有中心工作人员可以查看禁用词表");
        }
        return terms.all(actor.siteId());
    }

    @PostMapping
    ResponseEntity<ScreeningTerms.Term> add(Actor actor, @RequestBody NewTerm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(terms.add(actor, body.term(), body.category()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(Actor actor, @PathVariable long id) {
        terms.remove(actor, id);
        return ResponseEntity.noContent().build();
    }
}
