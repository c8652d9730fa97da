package org.opencounty.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.ActiveDisclosure;
import org.opencounty.interaction.AnnualReportContent;
import org.opencounty.interaction.AnnualReportView;
import org.opencounty.interaction.AnnualReportWriting;
import org.opencounty.interaction.Appeals;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.printing.OfficialPrinting;
import org.opencounty.sites.Site;
import org.opencounty.web.PageMeta;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report's pages: the back office's list of the year's reports, the officer's form (works without
 * JavaScript; errors in Chinese beside the fields), the leader's and the center's steps; the portal's page of a
 * published report laid out with its tables, and its print view and PDF (GB/T 9704 through printing).
 */
@Controller
class AnnualReportPagesController {

    static final String[] RESULTS = {"upheld", "corrected", "other", "pending", "total"};

    private final AnnualReportWriting writing;
    private final OfficialPrinting printing;
    private final Clock clock;

    AnnualReportPagesController(AnnualReportWriting writing, OfficialPrinting printing, Clock clock) {
        this.writing = writing;
        this.printing = printing;
        this.clock = clock;
    }

    @GetMapping("/admin/annual-reports")
    String list(Actor actor, Site site, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock.withZone(TimeConfiguration.CHINA)).getYear() - 1 : year;
        if (shown < 2008 || shown > 2100) {
            throw InvalidInputException.field("year", "年度不正确");
        }
        model.addAttribute("year", shown);
        model.addAttribute("reports", writing.list(actor, site.id(), shown));
        return "interaction/backoffice/annualReports";
    }

    @GetMapping("/admin/annual-reports/{year}/{code}")
    String report(Actor actor, Site site, @PathVariable int year, @PathVariable String code, Model model) {
        AnnualReportView view = writing.view(actor, site.id(), year, code);
        return form(view, model, values(view), Map.of());
    }

    @PostMapping("/admin/annual-reports/{year}/{code}")
    String save(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @RequestParam Map<String, String> p, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        // Table 三 is corrected on its own page: this form keeps what is stored (a correction, or null: computed).
        AnnualReportContent content = parse(p, writing.view(actor, site.id(), year, code).content().requests(), errors);
        try {
            if (!errors.isEmpty()) {
                // Who may write is asked before what was written is judged.
                if (!writing.view(actor, site.id(), year, code).canEdit()) {
                    throw new NotAllowedException("您无权修改该年度报告，或它正在审核中");
                }
                AnnualReportWriting.tableMistakes(content).forEach(errors::putIfAbsent);
                throw new InvalidInputException(errors);
            }
            writing.edit(actor, site.id(), year, code, number(p.get("version")), content);
        } catch (NotAllowedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            Map<String, String> shown = new LinkedHashMap<>(e.fields());
            if (shown.isEmpty()) {
                shown.put("form", e.getMessage());
            }
            return form(writing.view(actor, site.id(), year, code), model, p, shown);
        }
        redirect.addFlashAttribute("done", "已保存。");
        return "redirect:/admin/annual-reports/" + year + "/" + code;
    }

    @PostMapping("/admin/annual-reports/{year}/{code}/{action}")
    String act(Actor actor, Site site, @PathVariable int year, @PathVariable String code, @PathVariable String action,
               @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String done = "";
        try {
            switch (action) {
                case "submit" -> {
                    writing.submit(actor, site.id(), year, code);
                    done = "已报送单位领导审核。";
                }
                case "approve" -> {
                    writing.approve(actor, site.id(), year, code);
                    done = "已审核通过，报电子政务中心发布。";
                }
                case "publish" -> {
                    writing.publish(actor, site.id(), year, code);
                    done = "已在“政府信息公开年报”栏目公开。";
                }
                case "return" -> {
                    writing.returnForChanges(actor, site.id(), year, code, p.get("reason"));
                    done = "已退回修改。";
                }
                default -> throw new NotFoundException("没有这项操作");
            }
        } catch (NotAllowedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            Map<String, String> shown = new LinkedHashMap<>(e.fields());
            shown.put("form", e.getMessage());
            AnnualReportView view = writing.view(actor, site.id(), year, code);
            return form(view, model, values(view), shown);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/admin/annual-reports/" + year + "/" + code;
    }

    @GetMapping("/annual-reports/{year}/{code}")
    String published(Site site, @PathVariable int year, @PathVariable String code, Model model) {
        AnnualReportView view = writing.published(site.id(), year, code);
        model.addAttribute("view", view);
        model.addAttribute("meta", PageMeta.column("政府信息公开年报", view.title(), "政府信息公开,年度报告", "信息公开"));
        return "interaction/annualReport";
    }

    @GetMapping("/annual-reports/{year}/{code}/print")
    ResponseEntity<String> print(Site site, @PathVariable int year, @PathVariable String code) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(printing.html(layout(writing.published(site.id(), year, code))));
    }

    @GetMapping("/annual-reports/{year}/{code}/print.pdf")
    ResponseEntity<byte[]> pdf(Site site, @PathVariable int year, @PathVariable String code) {
        byte[] pdf = printing.pdf(layout(writing.published(site.id(), year, code)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline("annual-report-" + year + "-" + code + ".pdf"))
                .body(pdf);
    }

    private static OfficialLayout layout(AnnualReportView view) {
        String issuer = view.issuer();
        LocalDate date = view.report().publishedAt() == null ? view.dueOn()
                : LocalDate.ofInstant(view.report().publishedAt(), TimeConfiguration.CHINA);
        return new OfficialLayout(issuer, view.year() + "年度", null, null, view.title(), null, view.html(), java.util.List.of(), issuer, date,
                null, null, null);
    }

    private String form(AnnualReportView view, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/annualReport";
    }

    /** The form's fields from the report's content. */
    static Map<String, String> values(AnnualReportView view) {
        AnnualReportContent c = view.content();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(view.version()));
        values.put("overview", c.overview());
        values.put("problems", c.problems());
        values.put("other", c.other());
        values.put("processingFees", c.processingFees().toPlainString());
        ActiveDisclosure a = c.active();
        long[] counts = {a.regulationsIssued(), a.regulationsRepealed(), a.regulationsInForce(), a.normativeIssued(), a.normativeRepealed(),
                a.normativeInForce(), a.licensing(), a.penalties(), a.enforcement()};
        int i = 0;
        for (String key : ActiveDisclosure.LABELS.keySet()) {
            values.put("active." + key, i < counts.length ? String.valueOf(counts[i]) : a.feeIncome().toPlainString());
            i++;
        }
        Map<String, Appeals.Outcomes> groups = Map.of("reconsideration", c.appeals().reconsideration(), "direct", c.appeals().direct(),
                "afterReconsideration", c.appeals().afterReconsideration());
        groups.forEach((group, o) -> {
            long[] v = {o.upheld(), o.corrected(), o.other(), o.pending(), o.total()};
            for (int r = 0; r < RESULTS.length; r++) {
                values.put("appeals." + group + "." + RESULTS[r], String.valueOf(v[r]));
            }
        });
        return values;
    }

    /** The posted form as content; a field that is not a number gets its message in {@code errors}. */
    private static AnnualReportContent parse(Map<String, String> p, Map<String, long[]> requests, Map<String, String> errors) {
        long[] counts = new long[9];
        int i = 0;
        BigDecimal feeIncome = BigDecimal.ZERO;
        for (var entry : ActiveDisclosure.LABELS.entrySet()) {
            String field = "active." + entry.getKey();
            if (i < counts.length) {
                counts[i] = count(p.get(field), field, entry.getValue(), errors);
            } else {
                feeIncome = amount(p.get(field), field, entry.getValue(), errors);
            }
            i++;
        }
        ActiveDisclosure active = new ActiveDisclosure(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7],
                counts[8], feeIncome);
        Appeals appeals = new Appeals(outcomes(p, "reconsideration", errors), outcomes(p, "direct", errors),
                outcomes(p, "afterReconsideration", errors));
        return new AnnualReportContent(p.get("overview"), active, requests, appeals, p.get("problems"), p.get("other"),
                amount(p.get("processingFees"), "processingFees", "信息处理费", errors));
    }

    private static Appeals.Outcomes outcomes(Map<String, String> p, String group, Map<String, String> errors) {
        long[] v = new long[RESULTS.length];
        for (int r = 0; r < RESULTS.length; r++) {
            String field = "appeals." + group + "." + RESULTS[r];
            v[r] = count(p.get(field), field, Appeals.GROUPS.get(group), errors);
        }
        return new Appeals.Outcomes(v[0], v[1], v[2], v[3], v[4]);
    }

    private static long count(String value, String field, String label, Map<String, String> errors) {
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, label + "应为整数");
            return 0;
        }
    }

    private static BigDecimal amount(String value, String field, String label, Map<String, String> errors) {
        try {
            return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, label + "应为数字");
            return BigDecimal.ZERO;
        }
    }

    static long number(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
