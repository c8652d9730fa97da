package org.opencounty.search.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.opencounty.common.web.PageOf;
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

    /**
     * The list of every API: {@code {"total","page","size","items"}}, the items articles in relevance order; beside it
     * {@code services}, the matching service guides and fees (on the first page only), and {@code totalExact}: false
     * when {@code total} is only a lower bound (the index stops counting at {@code opencounty.search.exact-count-up-to}).
     */
    record Response(@JsonUnwrapped PageOf<Hit> articles, List<Hit> services,
                    @Schema(description = "true: total counts every matching article; false: total is a lower bound "
                            + "(the index stops counting at opencounty.search.exact-count-up-to, 1,000 by default)")
                    boolean totalExact) {
    }

    private final SiteSearch search;

    private static Hit hit(org.opencounty.search.SearchHit h) {
        return new Hit(h.type(), h.title(), h.url(), h.snippet(), h.unitCode(), h.category(), h.publishedAt());
    }

    SearchApiController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "站内搜索", description = "Articles in relevance order (or the newest first with sort=newest) with highlighted snippets; services (guides and "
            + "fees) on page 1. total is exact when totalExact is true, otherwise a lower bound: counting stops at "
            + "opencounty.search.exact-count-up-to (1,000) hits so that common words stay fast. 503 SEARCH_UNAVAILABLE when the "
            + "index does not answer or the search got no turn within opencounty.search.turn-wait (10 s): try again later.")
    Response search(Site site, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
                    @RequestParam(defaultValue = "1") int page,
                    @io.swagger.v3.oas.annotations.Parameter(description = "relevance (default): the best match first; newest: the newest first")
                    @RequestParam(required = false) String sort) {
        SearchQuery query = new SearchQuery(q, unit, category, year, PageOf.requirePage(page), SearchQuery.Order.of(sort));
        SearchResults results = search.search(site.id(), query);
        return new Response(new PageOf<>(results.total(), results.page(), results.pageSize(),
                results.hits().stream().map(SearchApiController::hit).toList()),
                results.page() == 1 ? search.services(site.id(), query.text(), 10).stream().map(SearchApiController::hit).toList() : List.of(),
                results.totalExact());
    }
}
