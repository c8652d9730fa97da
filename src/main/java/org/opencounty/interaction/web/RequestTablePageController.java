package org.opencounty.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.interaction.AnnualReportContent;
import org.opencounty.interaction.AnnualReportView;
import org.opencounty.interaction.AnnualReportWriting;
import org.opencounty.interaction.RequestTable;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office form that corrects table 三 of an annual report by hand, or returns it to the count from the
 * requests: the same {@link AnnualReportWriting#edit} as the API's PUT, with the report's other sections kept. Works
 * without JavaScript; a cell that is not a count is shown beside it, a stale version as 409 on the page, and the
 * balance check's failing columns (一 + 二 = 三（七） + 四) beside the columns, before it blocks the report's submission.
 */
@Controller
class RequestTablePageController {

    private final AnnualReportWriting writing;

    RequestTablePageController(AnnualReportWriting writing) {
        this.writing = writing;
    }

    @GetMapping("/admin/annual-reports/{year}/{code}/requests")
    String form(Actor actor, Site site, @PathVariable int year, @PathVariable String code, Model model) {
        AnnualReportView view = editable(actor, site, year, code);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(view.version()));
        view.requests().cells().forEach((row, counts) -> {
            for (int c = 0; c < counts.length; c++) {
                values.put(field(row, c), String.valueOf(counts[c]));
            }
        });
        return page(view, view.requests(), values, Map.of(), model);
    }

    @PostMapping("/admin/annual-reports/{year}/{code}/requests")
    String save(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestParam Map<String, String> p,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AnnualReportView view = editable(actor, site, year, code);
        boolean computed = p.containsKey("computed");
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, long[]> cells = computed ? null : cells(p, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            AnnualReportContent c = view.content();
            writing.edit(actor, site.id(), year, code, AnnualReportPagesController.number(p.get("version")),
                    new AnnualReportContent(c.overview(), c.active(), cells, c.appeals(), c.problems(), c.other(), c.processingFees()));
        } catch (NotAllowedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            Map<String, String> shown = new LinkedHashMap<>(e.fields());
            shown.put("form", e.fields().isEmpty() ? e.getMessage() : "填写的内容有误，请按提示修改；表格未保存");
            return page(view, cells == null ? view.requests() : new RequestTable(cells), p, shown, model);
        }
        redirect.addFlashAttribute("done", computed ? "已恢复为按依申请公开办理情况自动统计。" : "已保存表三的更正。");
        return "redirect:/admin/annual-reports/" + year + "/" + code + "/requests";
    }

    private AnnualReportView editable(Actor actor, Site site, int year, String code) {
        AnnualReportView view = writing.view(actor, site.id(), year, code);
        if (!view.canEdit()) {
            throw new NotAllowedException("您无权修改该年度报告，或它正在审核中");
        }
        return view;
    }

    private static String page(AnnualReportView view, RequestTable table, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("failing", table.failingColumns());
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/requestTable";
    }

    /** The posted cells by row; a cell that is not a count gets its message under its field. */
    private static Map<String, long[]> cells(Map<String, String> p, Map<String, String> errors) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (RequestTable.Row row : RequestTable.ROWS) {
            long[] counts = new long[RequestTable.COLUMNS.size()];
            for (int c = 0; c < counts.length; c++) {
                String field = field(row.key(), c);
                String value = p.getOrDefault(field, "").strip();
                try {
                    counts[c] = value.isEmpty() ? 0 : Long.parseLong(value);
                } catch (NumberFormatException e) {
                    counts[c] = -1;
                }
                if (counts[c] < 0) {
                    errors.put(field, row.label().strip() + "（" + RequestTable.COLUMN_LABELS.get(c) + "）应为不小于0的整数");
                }
            }
            cells.put(row.key(), counts);
        }
        return cells;
    }

    /** A cell's field name; the template names them the same way. */
    private static String field(String row, int column) {
        return "r." + row + "." + column;
    }

}
