package org.opencounty.interaction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.interaction.ActiveDisclosure;
import org.opencounty.interaction.AnnualReportContent;
import org.opencounty.interaction.AnnualReportView;
import org.opencounty.interaction.AnnualReportWriting;
import org.opencounty.interaction.AnnualReports;
import org.opencounty.interaction.Appeals;
import org.opencounty.interaction.RequestTable;
import org.opencounty.sites.Site;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report over the API: read and write it (version → 409 when stale), submit (422 BALANCE_FAILED with the
 * failing columns), approve, publish, return; table 三 computed for a unit and the balance check of a corrected table.
 */
@RestController
class AnnualReportApiController {

    record RowJson(String key, String label, List<Long> counts) {
    }

    record TableJson(int year, String unit, List<String> columns, List<String> columnLabels, List<RowJson> rows, List<String> failingColumns) {

        static TableJson of(int year, String unit, RequestTable table) {
            List<RowJson> rows = new ArrayList<>();
            Map<String, long[]> cells = table.cells();
            for (RequestTable.Row row : RequestTable.ROWS) {
                rows.add(new RowJson(row.key(), row.label(), java.util.Arrays.stream(cells.get(row.key())).boxed().toList()));
            }
            return new TableJson(year, unit, RequestTable.COLUMNS, RequestTable.COLUMN_LABELS, rows, table.failingColumns());
        }
    }

    record CheckRequest(List<RowJson> rows) {
    }

    /** One line of the report's history. */
    record EventJson(java.time.Instant at, String by, String action, String reason) {
    }

    /** The whole report: state and version, the six sections (三 as its table), the legal date and the history. */
    record ReportJson(int year, String unit, String unitName, String title, boolean exists, String state, String stateLabel, long version,
                      java.time.LocalDate dueOn, String overview, ActiveDisclosure active, TableJson requests, boolean requestsComputed,
                      Appeals appeals, String problems, String other, java.math.BigDecimal processingFees, Long articleId,
                      List<EventJson> history) {

        static ReportJson of(AnnualReportView v) {
            AnnualReportContent c = v.content();
            return new ReportJson(v.year(), v.unitCode(), v.unitName(), v.title(), v.report() != null,
                    v.report() == null ? "NONE" : v.report().state().name(), v.stateLabel(), v.version(), v.dueOn(), c.overview(), c.active(),
                    TableJson.of(v.year(), v.unitCode(), v.requests()), v.requestsComputed(), c.appeals(), c.problems(), c.other(),
                    c.processingFees(), v.report() == null ? null : v.report().articleId(),
                    v.history().stream().map(e -> new EventJson(e.at(), e.actor(), e.action(), e.reason())).toList());
        }
    }

    /**
     * What the officer writes: the version read (0 for a report not yet written), the written sections, the tables 二
     * and 四, table 三 corrected by hand (omitted: computed from the requests) and the 信息处理费 collected.
     */
    record ReportRequest(Long version, String overview, ActiveDisclosure active, CheckRequest requests, Appeals appeals, String problems,
                         String other, java.math.BigDecimal processingFees) {
    }

    /** A written reason, for a return. */
    record ReasonRequest(String reason) {
    }

    private final AnnualReports reports;
    private final AnnualReportWriting writing;

    AnnualReportApiController(AnnualReports reports, AnnualReportWriting writing) {
        this.reports = reports;
        this.writing = writing;
    }

    @GetMapping("/api/v1/annual-reports/{year}/units/{code}")
    ReportJson report(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        return ReportJson.of(writing.view(actor, site.id(), year, code));
    }

    @PutMapping("/api/v1/annual-reports/{year}/units/{code}")
    ReportJson write(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestBody ReportRequest body) {
        Map<String, long[]> corrected = body.requests() == null ? null : cells(body.requests());
        writing.edit(actor, site.id(), year, code, body.version() == null ? -1 : body.version(), new AnnualReportContent(body.overview(),
                body.active(), corrected, body.appeals(), body.problems(), body.other(), body.processingFees()));
        return report(actor, site, year, code);
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/submit")
    ReportJson submit(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        writing.submit(actor, site.id(), year, code);
        return report(actor, site, year, code);
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/approve")
    ReportJson approve(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        writing.approve(actor, site.id(), year, code);
        return report(actor, site, year, code);
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/publish")
    ReportJson publish(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        writing.publish(actor, site.id(), year, code);
        return report(actor, site, year, code);
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/return")
    ReportJson returnForChanges(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestBody ReasonRequest body) {
        writing.returnForChanges(actor, site.id(), year, code, body.reason());
        return report(actor, site, year, code);
    }

    @GetMapping("/api/v1/annual-reports/{year}/units/{code}/requests")
    TableJson requests(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        return TableJson.of(year, code, reports.requests(actor, site.id(), year, code));
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/requests/check")
    TableJson check(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestBody CheckRequest body) {
        return TableJson.of(year, code, reports.check(actor, site.id(), year, code, cells(body)));
    }

    private static Map<String, long[]> cells(CheckRequest body) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        if (body.rows() != null) {
            for (RowJson row : body.rows()) {
                cells.put(row.key(), row.counts() == null ? null : row.counts().stream().mapToLong(value -> value == null ? -1 : value).toArray());
            }
        }
        return cells;
    }
}
