package org.opencounty.catalogue.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.catalogue.CatalogueEntry;
import org.opencounty.catalogue.CatalogueJson;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.CatalogueReview;
import org.opencounty.catalogue.CatalogueWriting;
import org.opencounty.catalogue.Completeness;
import org.opencounty.catalogue.CatalogueQueries.CompletenessRow;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service guides and fees over JSON. Reading published entries is public; staff who may see an entry get
 * its working version. Updates name the version they started from ({@code ?version=} or {@code If-Match}).
 */
@RestController
@RequestMapping("/api/v1")
class CatalogueApiController {

    record ReasonRequest(String reason) {
    }

    /** A unit's guides (with its subordinate units') and what each lacks; {@code complete} counts those lacking nothing. */
    record CompletenessReport(String unitCode, long total, long complete, List<CompletenessRow> items) {
    }

    private static final int PAGE_SIZE = 20;

    private final CatalogueWriting writing;
    private final CatalogueReview review;
    private final CatalogueQueries queries;
    private final PublishedCatalogue published;
    private final CatalogueJson json;
    private final org.opencounty.units.Units units;

    CatalogueApiController(CatalogueWriting writing, CatalogueReview review, CatalogueQueries queries, PublishedCatalogue published,
                           CatalogueJson json, org.opencounty.units.Units units) {
        this.units = units;
        this.writing = writing;
        this.review = review;
        this.queries = queries;
        this.published = published;
        this.json = json;
    }

    @GetMapping("/service-items")
    PageOf<CatalogueJson.Summary> items(Site site, @RequestParam(required = false) String unit, @RequestParam(required = false) String type,
                              @RequestParam(required = false) Boolean online, @RequestParam(required = false) String q,
                              @RequestParam(required = false) ServiceTarget target, @RequestParam(defaultValue = "1") int page) {
        PublishedCatalogue.Page found = published.items(site.id(), new PublishedCatalogue.Filter(blank(unit), blank(type), target, online, blank(q)),
                PageOf.requirePage(page), PAGE_SIZE);
        return new PageOf<>(found.total(), page, PAGE_SIZE, found.entries().stream().map(json::summary).toList());
    }

    @PostMapping("/service-items")
    ResponseEntity<CatalogueJson.Entry> createItem(Actor actor, @RequestBody ServiceItemContent item) {
        CatalogueEntry entry = writing.createItem(actor, item);
        return ResponseEntity.status(HttpStatus.CREATED).body(json.of(queries.view(actor, entry.id())));
    }

    @PutMapping("/service-items/{id}")
    CatalogueJson.Entry updateItem(Actor actor, @PathVariable long id, @RequestBody ServiceItemContent item,
                                   @RequestParam(required = false) Long version, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        writing.updateItem(actor, id, item, version(version, ifMatch));
        return json.of(queries.view(actor, id));
    }

    @GetMapping("/service-items/{id}")
    CatalogueJson.Entry item(Site site, Actor actor, @PathVariable long id) {
        return staffMayView(actor, id) ? json.of(queries.view(actor, id)) : json.of(published.item(site.id(), id).entry());
    }

    @GetMapping("/service-items/{id}/completeness")
    Completeness completeness(Site site, Actor actor, @PathVariable long id) {
        return staffMayView(actor, id) ? queries.view(actor, id).completeness() : Completeness.of(published.item(site.id(), id).item());
    }

    /** A unit's guides (with its subordinate units') and what each lacks: for the unit's staff and the center. */
    @GetMapping("/service-items/completeness-report")
    CompletenessReport completenessReport(Site site, Actor actor, @RequestParam String unit) {
        if (actor == null) {
            throw new org.opencounty.common.NotAllowedException("请先登录");
        }
        var rows = queries.completenessReport(actor, units.get(site.id(), unit).id());
        return new CompletenessReport(unit, rows.size(), rows.stream().filter(r -> r.completeness().complete()).count(), rows);
    }

    @GetMapping("/fees")
    PageOf<CatalogueJson.Entry> fees(Site site, @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page) {
        return published.fees(site.id(), unit, PageOf.requirePage(page), PAGE_SIZE).map(json::of);
    }

    @PostMapping("/fees")
    ResponseEntity<CatalogueJson.Entry> createFee(Actor actor, @RequestBody FeeContent fee) {
        CatalogueEntry entry = writing.createFee(actor, fee);
        return ResponseEntity.status(HttpStatus.CREATED).body(json.of(queries.view(actor, entry.id())));
    }

    @PutMapping("/fees/{id}")
    CatalogueJson.Entry updateFee(Actor actor, @PathVariable long id, @RequestBody FeeContent fee,
                                  @RequestParam(required = false) Long version, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        writing.updateFee(actor, id, fee, version(version, ifMatch));
        return json.of(queries.view(actor, id));
    }

    @GetMapping("/fees/{id}")
    CatalogueJson.Entry fee(Site site, Actor actor, @PathVariable long id) {
        return staffMayView(actor, id) ? json.of(queries.view(actor, id))
                : json.of(published.fee(site.id(), id).orElseThrow(() -> new org.opencounty.common.NotFoundException("收费项目不存在")).entry());
    }

    @PostMapping({"/service-items/{id}/submit", "/fees/{id}/submit"})
    CatalogueJson.Entry submit(Actor actor, @PathVariable long id) {
        review.submit(actor, id);
        return json.of(queries.view(actor, id));
    }

    @PostMapping({"/service-items/{id}/approve", "/fees/{id}/approve"})
    CatalogueJson.Entry approve(Actor actor, @PathVariable long id) {
        review.approve(actor, id);
        return json.of(queries.view(actor, id));
    }

    @PostMapping({"/service-items/{id}/return", "/fees/{id}/return"})
    CatalogueJson.Entry returnForChanges(Actor actor, @PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        review.returnForChanges(actor, id, body == null ? null : body.reason());
        return json.of(queries.view(actor, id));
    }

    @PostMapping({"/service-items/{id}/withdraw", "/fees/{id}/withdraw"})
    CatalogueJson.Entry withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        review.withdraw(actor, id, body == null ? null : body.reason());
        return json.of(queries.view(actor, id));
    }

    private boolean staffMayView(Actor actor, long id) {
        if (actor == null || !actor.isStaff()) {
            return false;
        }
        try {
            queries.view(actor, id);
            return true;
        } catch (org.opencounty.common.DomainException e) {
            return false;
        }
    }

    private static long version(Long version, String ifMatch) {
        if (version != null) {
            return version;
        }
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").strip());
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
        }
        throw InvalidInputException.field("version", "请提供所修改记录的版本号（?version= 或 If-Match）");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
