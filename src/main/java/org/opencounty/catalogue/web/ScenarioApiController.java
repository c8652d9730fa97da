package org.opencounty.catalogue.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.catalogue.Scenario;
import org.opencounty.catalogue.ScenarioGuide;
import org.opencounty.catalogue.Scenarios;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scenarios")
class ScenarioApiController {

    record ScenarioRequest(String name, String description, ServiceTarget audience, List<Scenario.Step> steps, Long version) {
    }

    private final Scenarios scenarios;

    ScenarioApiController(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    List<Scenario> list(Site site) {
        return scenarios.all(site.id());
    }

    /** The scenario with its items in order, the combined materials and the total promised time. */
    @GetMapping("/{id}")
    ScenarioGuide guide(Site site, @PathVariable long id) {
        return scenarios.guide(site.id(), id);
    }

    @PostMapping
    ResponseEntity<Scenario> create(Actor actor, Site site, @RequestBody ScenarioRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(
                scenarios.save(actor, site.id(), null, body.name(), body.description(), body.audience(), body.steps(), null));
    }

    @PutMapping("/{id}")
    Scenario update(Actor actor, Site site, @PathVariable long id, @RequestBody ScenarioRequest body) {
        return scenarios.save(actor, site.id(), id, body.name(), body.description(), body.audience(), body.steps(), body.version());
    }
}
