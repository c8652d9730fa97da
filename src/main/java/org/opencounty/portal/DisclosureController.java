package org.opencounty.portal;

import java.util.List;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.Category;
import org.opencounty.content.PublishedArticles;
import org.opencounty.search.SearchQuery;
import org.opencounty.search.SearchResults;
import org.opencounty.search.SiteSearch;
import org.opencounty.sites.Site;
import org.opencounty.units.Units;
import org.opencounty.web.PageMeta;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 信息公开 on the portal: the 政府信息公开 section, the columns' feeds and search. Columns, 政策文件, each unit's
 * disclosure catalogue and the article pages are `content/web`'s.
 */
@Controller
class DisclosureController {

    private final PublishedArticles articles;
    private final Units units;
    private final SiteSearch search;

    DisclosureController(PublishedArticles articles, Units units, SiteSearch search) {
        this.articles = articles;
        this.units = units;
        this.search = search;
    }

    /** 政府信息公开: the guide, the rules, what is published by law per category, annual reports and how to ask. */
    @GetMapping("/disclosure")
    String disclosure(Site site, Model model) {
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("units", units.directory(site.id()));
        model.addAttribute("reports", annualReports(site));
        model.addAttribute("meta", PageMeta.column("政府信息公开", "政府信息公开指南、制度、法定主动公开内容、年度报告和依申请公开", "政府信息公开", "信息公开"));
        return "portal/disclosure";
    }

    @GetMapping(value = "/columns/{code}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> feed(Site site, @PathVariable String code) {
        Category category = category(code);
        String xml = AtomFeed.of(site, category, articles.feed(site.id(), category));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(xml);
    }

    @GetMapping("/search")
    String search(Site site, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String sort, Model model) {
        if (q.strip().length() > search.maxLength()) {
            // Cutting the words off silently would search for something the visitor did not ask.
            throw InvalidInputException.field("q", "搜索词不能超过" + search.maxLength() + "个字，请缩短后重新搜索。");
        }
        SearchQuery query = new SearchQuery(q, unit, category, year, page, SearchQuery.Order.of(sort));
        SiteSearch.SearchPage found = search.page(site.id(), query, 5);
        SearchResults results = found.articles();
        SearchResults services = found.services();
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        // Guides and fees stand above the articles on the first page only, but are counted on every page.
        model.addAttribute("services", query.page() == 1 ? services.hits() : List.of());
        model.addAttribute("serviceTotal", services.total());
        model.addAttribute("closeMatches", results.total() + services.total() == 0 ? search.closeMatches(site.id(), query.text(), 8) : List.of());
        model.addAttribute("categories", List.of(Category.values()));
        // From memory: the 300 units of a county, read from the database on every search, were a twentieth of it.
        model.addAttribute("units", units.names(site.id()).inOrder());
        return "portal/search";
    }

    /** The annual reports, found by search; without search (OpenSearch down) the page goes on without them. */
    private List<org.opencounty.search.SearchHit> annualReports(Site site) {
        try {
            return search.search(site.id(), new SearchQuery("政府信息公开工作年度报告", null, null, null, 1)).hits();
        } catch (org.opencounty.search.SearchUnavailableException e) {
            return List.of();
        }
    }

    private static Category category(String code) {
        return Category.byCode(code).orElseThrow(() -> new NotFoundException("栏目不存在"));
    }
}
