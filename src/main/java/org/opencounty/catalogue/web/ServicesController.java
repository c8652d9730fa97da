package org.opencounty.catalogue.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.catalogue.ItemDemand;
import org.opencounty.catalogue.ItemType;
import org.opencounty.catalogue.ProcedureChart;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.catalogue.Scenarios;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.common.web.PageOf;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.opencounty.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 办事服务 on the portal: the service-guide catalogue, each guide, the fee catalogue and life-event scenarios. */
@Controller
class ServicesController {

    private final PublishedCatalogue catalogue;
    private final Scenarios scenarios;
    private final Units units;
    private final ItemDemand applications;

    ServicesController(PublishedCatalogue catalogue, Scenarios scenarios, Units units, ItemDemand applications) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.scenarios = scenarios;
        this.units = units;
    }

    @GetMapping("/services")
    String catalogue(Site site, @RequestParam(required = false) String unit, @RequestParam(required = false) String type,
                     @RequestParam(required = false) ServiceTarget target, @RequestParam(required = false) Boolean online,
                     @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        List<Unit> all = units.directory(site.id());
        PublishedCatalogue.Filter filter = new PublishedCatalogue.Filter(null, blank(type), target, online, blank(q));
        Map<Long, Unit> byId = new LinkedHashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Map<Unit, List<PublishedEntry>> byUnit = Map.of();
        long count;
        if (blank(unit) == null) {
            // The county's catalogue at a glance: each township's and department's guides counted in the database, the
            // guides themselves on the unit's page; a search or filter also lists its matches, a page at a time.
            List<UnitCount> counted = countsUnderTopUnits(all, byId, catalogue.countsByUnit(site.id(), filter));
            count = counted.stream().mapToLong(UnitCount::count).sum();
            model.addAttribute("departments", counted.stream().filter(c -> c.unit().kind() == UnitKind.DEPARTMENT).toList());
            model.addAttribute("townships", counted.stream().filter(c -> c.unit().kind() != UnitKind.DEPARTMENT).toList());
            String kept = query(null, blank(type), target, online, blank(q));
            model.addAttribute("unitQuery", kept.isEmpty() ? "" : "&" + kept.substring(0, kept.length() - 1));
            if (blank(type) != null || target != null || online != null || blank(q) != null) {
                List<Long> grouped = all.stream().filter(u -> groupOf(u, byId) != null).map(Unit::id).toList();
                model.addAttribute("shownPage", PageOf.clamped(page, n -> catalogue.itemsOf(site.id(), grouped, filter, n, PAGE_SIZE)));
                model.addAttribute("pageBase", "/services?" + kept);
            }
        } else {
            // One unit's guides, a page at a time: its own and those of the units grouped under it.
            Unit chosen = all.stream().filter(u -> isGroup(u) && u.code().equals(blank(unit))).findFirst().orElse(null);
            List<Long> under = chosen == null ? List.of() : all.stream().filter(u -> chosen.equals(groupOf(u, byId))).map(Unit::id).toList();
            PageOf<PublishedEntry> shown = PageOf.clamped(page, n -> catalogue.itemsOf(site.id(), under, filter, n, PAGE_SIZE));
            byUnit = shown.items().isEmpty() ? Map.of() : Map.of(chosen, shown.items());
            count = shown.total();
            model.addAttribute("shownPage", shown);
            model.addAttribute("pageBase", "/services?" + query(blank(unit), blank(type), target, online, blank(q)));
        }
        model.addAttribute("groups", byUnit);
        boolean filtered = blank(unit) != null || blank(type) != null || target != null || online != null || blank(q) != null;
        model.addAttribute("filtered", filtered);
        model.addAttribute("frequent", filtered ? List.of() : frequent(site.id()));
        model.addAttribute("count", count);
        model.addAttribute("scenarios", scenarios.all(site.id()));
        model.addAttribute("types", List.of(ItemType.values()));
        model.addAttribute("units", all.stream().filter(ServicesController::isGroup).toList());
        model.addAttribute("filter", new PublishedCatalogue.Filter(blank(unit), blank(type), target, online, blank(q)));
        model.addAttribute("meta", PageMeta.column("办事服务", "政务服务事项办事指南：办理条件、材料、流程、时限、地点和收费", "办事指南,政务服务", "办事服务"));
        return "catalogue/services";
    }

    private static final int PAGE_SIZE = 50;

    /** The filters as a query string ending in {@code &}, for the page links. */
    private static String query(String unit, String type, ServiceTarget target, Boolean online, String q) {
        StringBuilder query = new StringBuilder();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unit", unit);
        values.put("type", type);
        values.put("target", target);
        values.put("online", online);
        values.put("q", q);
        values.forEach((name, value) -> {
            if (value != null) {
                query.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }

    private static boolean isGroup(Unit unit) {
        return unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.TOWNSHIP || unit.kind() == UnitKind.FARM;
    }

    /** The township or department a unit's items stand under: itself, or the first such unit above it. */
    private static Unit groupOf(Unit unit, Map<Long, Unit> byId) {
        Unit top = unit;
        while (top != null && !isGroup(top) && top.parentId() != null) {
            top = byId.get(top.parentId());
        }
        return top != null && isGroup(top) ? top : null;
    }

    @GetMapping("/services/{id}")
    String guide(Site site, @PathVariable long id, @RequestParam(required = false) String print, Model model) {
        PublishedCatalogue.ItemPage page = catalogue.item(site.id(), id);
        model.addAttribute("guide", page);
        model.addAttribute("chart", ProcedureChart.svg(page.item().name(), page.item().procedure()));
        model.addAttribute("print", print != null);
        model.addAttribute("meta", PageMeta.column("办事服务", "办事指南", "办事指南", "办事服务")
                .withArticle(page.item().name(), org.opencounty.web.Dates.minute(page.entry().publishedAt()), page.entry().unitName()));
        return "catalogue/service";
    }

    @GetMapping("/fees")
    String fees(Site site, Model model) {
        model.addAttribute("fees", catalogue.fees(site.id()));
        model.addAttribute("meta", PageMeta.column("收费目录", "各单位行政事业性收费和经营服务性收费项目、标准和依据", "收费目录,收费标准", "办事服务"));
        return "catalogue/fees";
    }

    @GetMapping("/scenarios/{id}")
    String scenario(Site site, @PathVariable long id, Model model) {
        model.addAttribute("scenario", scenarios.guide(site.id(), id));
        model.addAttribute("meta", PageMeta.column("场景式服务", "一件事一次办", "一件事,场景式服务", "办事服务"));
        return "catalogue/scenario";
    }

    /**
     * 常办事项: the items most applied for, then online items (in the catalogue's order) to fill the block while there are
     * few applications; each read by the database, at most a block's worth.
     */
    private List<PublishedEntry> frequent(long siteId) {
        java.util.LinkedHashSet<PublishedEntry> shown = new java.util.LinkedHashSet<>(
                catalogue.itemsAmong(siteId, applications.mostApplied(siteId, FREQUENT)));
        catalogue.items(siteId, new PublishedCatalogue.Filter(null, null, null, true, null), 1, FREQUENT).entries().forEach(e -> {
            if (shown.size() < FREQUENT) {
                shown.add(e);
            }
        });
        return List.copyOf(shown);
    }

    private static final int FREQUENT = 8;

    /**
     * The counts of each unit's guides added up under the township or department they belong to (a subordinate unit's
     * guides stand under its parent, as the notice requires of submissions), in directory order, units without any left out.
     */
    private static List<UnitCount> countsUnderTopUnits(List<Unit> all, Map<Long, Unit> byId, Map<Long, Long> byUnit) {
        Map<Unit, Long> sums = new LinkedHashMap<>();
        all.stream().filter(ServicesController::isGroup).forEach(u -> sums.put(u, 0L));
        byUnit.forEach((unitId, n) -> {
            Unit top = byId.get(unitId) == null ? null : groupOf(byId.get(unitId), byId);
            if (top != null) {
                sums.merge(top, n, Long::sum);
            }
        });
        return sums.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> new UnitCount(e.getKey(), e.getValue())).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
