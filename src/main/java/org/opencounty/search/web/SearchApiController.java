package org.opencounty.search.web;

import java.time.Instant;
import java.util.List;
import org.opencounty.search.SearchQuery;
import org.opencounty.search.SearchResults;
import org.opencounty.search.SiteSearch;
import org.opencounty.sites.Site;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

    record Hit(String type, String title, String url, String snippet, String unitCode, String category, Instant publishedAt) {
    }

    /** {@code hits} are articles in relevance order; {@code services} the matching service guides and fees. */
    record Response(long total, int page, List<Hit> hits, List<Hit> services) {
    }

    private final SiteSearch search;

    private static Hit hit(org.opencounty.search.SearchHit h) {
        return new Hit(h.type(), h.title(), h.url(), h.snippet(), h.unitCode(), h.category(), h.publishedAt());
    }

    SearchApiController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping
    Response search(Site site, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
                    @RequestParam(defaultValue = "1") int page) {
        SearchResults results = search.search(site.id(), new SearchQuery(q, unit, category, year, page));
        return new Response(results.total(), results.page(), results.hits().stream().map(SearchApiController::hit).toList(),
                page == 1 ? search.services(site.id(), q, 10).stream().map(SearchApiController::hit).toList() : List.of());
    }
}
