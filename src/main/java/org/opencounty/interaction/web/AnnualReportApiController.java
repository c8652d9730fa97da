package org.opencounty.interaction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.interaction.AnnualReports;
import org.opencounty.interaction.RequestTable;
import org.opencounty.sites.Site;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The annual report's table 三 (收到和处理政府信息公开申请情况) for a unit, and the balance check of a corrected table. */
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

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/annual-reports/{year}/units/{code}/requests")
    TableJson requests(Actor actor, Site site, @PathVariable int year, @PathVariable String code) {
        return TableJson.of(year, code, reports.requests(actor, site.id(), year, code));
    }

    @PostMapping("/api/v1/annual-reports/{year}/units/{code}/requests/check")
    TableJson check(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestBody CheckRequest body) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        if (body.rows() != null) {
            for (RowJson row : body.rows()) {
                cells.put(row.key(), row.counts() == null ? null : row.counts().stream().mapToLong(value -> value == null ? -1 : value).toArray());
            }
        }
        return TableJson.of(year, code, reports.check(actor, site.id(), year, code, cells));
    }
}
