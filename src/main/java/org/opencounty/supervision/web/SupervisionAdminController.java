package org.opencounty.supervision.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.supervision.Board;
import org.opencounty.supervision.OnTimeChart;
import org.opencounty.supervision.Period;
import org.opencounty.supervision.SignalType;
import org.opencounty.supervision.Statistics;
import org.opencounty.supervision.StatisticsByItem;
import org.opencounty.supervision.StatisticsCsv;
import org.opencounty.supervision.StatisticsWorkbook;
import org.opencounty.supervision.SupervisionBoard;
import org.opencounty.supervision.SupervisionNotices;
import org.opencounty.supervision.SupervisionSettings;
import org.opencounty.supervision.SupervisionSweep;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Electronic supervision in the back office: the board with the signals, the statistics with the grade and a
 * chart, and everybody's own notices. Who sees which unit is decided by the supervision services.
 */
@Controller
class SupervisionAdminController {

    private final SupervisionBoard board;
    private final SupervisionSweep sweep;
    private final SupervisionNotices notices;
    private final SupervisionSettings settings;

    SupervisionAdminController(SupervisionBoard board, SupervisionSweep sweep, SupervisionNotices notices,
                               SupervisionSettings settings) {
        this.board = board;
        this.sweep = sweep;
        this.notices = notices;
        this.settings = settings;
    }

    @GetMapping("/admin/supervision")
    String board(Actor actor, @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String type,
                 @RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "1") int page,
                 @RequestParam(defaultValue = "1") int signalPage, @RequestParam(required = false) Integer swept, Model model) {
        SignalType chosenType = SignalType.parse(type).orElse(null);
        boolean latestFirst = "-due".equals(sort);
        Board shown = board.board(actor, unit, latestFirst, page, SupervisionBoard.PAGE_SIZE);
        model.addAttribute("board", shown);
        model.addAttribute("summary", SupervisionSummaryRow.of(shown.summary()));
        model.addAttribute("signals", board.signals(actor, unit, chosenType, signalPage));
        model.addAttribute("unit", unit.strip());
        model.addAttribute("type", chosenType);
        model.addAttribute("sort", latestFirst ? "-due" : "due");
        model.addAttribute("types", SupervisionBoard.types());
        model.addAttribute("units", board.choosableUnits(actor));
        model.addAttribute("canSweep", SupervisionBoard.maySweep(actor));
        model.addAttribute("canAcknowledge", SupervisionBoard.mayAcknowledge(actor));
        model.addAttribute("swept", swept);
        model.addAttribute("warningDays", settings.warningDays());
        model.addAttribute("redFollowUpDays", settings.redFollowUpDays());
        return "supervision/backoffice/supervision";
    }

    @PostMapping("/admin/supervision/sweep")
    String sweepNow(Actor actor) {
        return "redirect:/admin/supervision?swept=" + sweep.sweepNow(actor).total();
    }

    @PostMapping("/admin/supervision/signals/{id}/acknowledge")
    String acknowledge(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String unit) {
        board.acknowledge(actor, id);
        return "redirect:/admin/supervision" + (unit.isBlank() ? "" : "?unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The statistics per unit (with the chart and the grades), or with {@code by=item} per service item, a page of
     * {@link SupervisionBoard#PAGE_SIZE} items at a time: a county has thousands, the exports hold them all.
     */
    @GetMapping("/admin/supervision/statistics")
    String statistics(Actor actor, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                      @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "unit") String by,
                      @RequestParam(defaultValue = "1") int page, Model model) {
        Map<String, String> errors = Map.of();
        Period period;
        try {
            period = Period.parse(from, to, board.today());
        } catch (InvalidInputException e) {
            errors = e.fields();
            period = Period.quarterOf(board.today());
        }
        boolean byItem = "item".equals(by);
        if (byItem) {
            model.addAttribute("items", board.itemStatistics(actor, period, unit, page));
        } else {
            Statistics statistics = board.statistics(actor, period, unit);
            model.addAttribute("statistics", statistics);
            model.addAttribute("chart", OnTimeChart.svg(statistics.units(), settings.grading().passOnTimePercent(),
                    settings.grading().excellentOnTimePercent()));
        }
        model.addAttribute("byItem", byItem);
        model.addAttribute("period", period);
        model.addAttribute("gradingRule", board.gradingRule());
        model.addAttribute("unit", unit.strip());
        model.addAttribute("units", board.choosableUnits(actor));
        model.addAttribute("errors", errors);
        model.addAttribute("fromText", errors.isEmpty() ? period.from().toString() : from);
        model.addAttribute("toText", errors.isEmpty() ? period.to().toString() : to);
        return "supervision/backoffice/supervisionStatistics";
    }

    @GetMapping("/admin/supervision/statistics.csv")
    ResponseEntity<byte[]> statisticsCsv(Actor actor, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                         @RequestParam(defaultValue = "") String unit) {
        Statistics statistics = board.statistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsCsv.CONTENT_TYPE, StatisticsCsv.filename(statistics), StatisticsCsv.write(statistics));
    }

    @GetMapping("/admin/supervision/statistics.xlsx")
    ResponseEntity<byte[]> statisticsWorkbook(Actor actor, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                              @RequestParam(defaultValue = "") String unit) {
        Statistics statistics = board.statistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsWorkbook.CONTENT_TYPE, StatisticsWorkbook.filename(statistics), StatisticsWorkbook.write(statistics));
    }

    @GetMapping("/admin/supervision/statistics/items.csv")
    ResponseEntity<byte[]> itemStatisticsCsv(Actor actor, @RequestParam(defaultValue = "") String from,
                                             @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String unit) {
        StatisticsByItem statistics = board.itemStatistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsCsv.CONTENT_TYPE, StatisticsCsv.filename(statistics), StatisticsCsv.write(statistics));
    }

    @GetMapping("/admin/supervision/statistics/items.xlsx")
    ResponseEntity<byte[]> itemStatisticsWorkbook(Actor actor, @RequestParam(defaultValue = "") String from,
                                                  @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String unit) {
        StatisticsByItem statistics = board.itemStatistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsWorkbook.CONTENT_TYPE, StatisticsWorkbook.filename(statistics), StatisticsWorkbook.write(statistics));
    }

    private static ResponseEntity<byte[]> download(String contentType, String filename, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename))
                .body(content);
    }

    /** Every member of staff may read the notices addressed to them (handlers too, who have no board). */
    @GetMapping("/admin/supervision/notices")
    String notices(Actor actor, @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "1") int page,
                   Model model) {
        model.addAttribute("notices", notices.mine(actor, unread, page));
        model.addAttribute("newest", notices.newest(actor));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("boardReader", SupervisionBoard.mayRead(actor));
        return "supervision/backoffice/supervisionNotices";
    }

    @PostMapping("/admin/supervision/notices/{signalId}/read")
    String read(Actor actor, @PathVariable long signalId) {
        notices.markRead(actor, signalId);
        return "redirect:/admin/supervision/notices";
    }

    @PostMapping("/admin/supervision/notices/read-all")
    String readAll(Actor actor, @RequestParam(required = false) Long through) {
        notices.markAllRead(actor, through);
        return "redirect:/admin/supervision/notices";
    }
}
