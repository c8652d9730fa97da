package org.opencounty.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.web.PageOf;
import org.opencounty.supervision.Board;
import org.opencounty.supervision.Notice;
import org.opencounty.supervision.Period;
import org.opencounty.supervision.Signal;
import org.opencounty.supervision.SignalType;
import org.opencounty.supervision.Statistics;
import org.opencounty.supervision.StatisticsByItem;
import org.opencounty.supervision.StatisticsCsv;
import org.opencounty.supervision.StatisticsWorkbook;
import org.opencounty.supervision.SupervisionBoard;
import org.opencounty.supervision.SupervisionNotices;
import org.opencounty.supervision.SupervisionSweep;
import org.opencounty.supervision.SweepCompleted;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Electronic supervision for supervisors, the center's administrators and unit leaders (the security chain
 * admits these three roles; the services narrow a leader to their own unit). Parameters are read as text, so
 * that every mistake gets a Chinese message.
 */
@RestController
@RequestMapping("/api/v1/supervision")
class SupervisionApiController {

    record SignalJson(long id, long applicationId, String unitCode, String unitName, String itemName, SignalType type,
                      String typeLabel, LocalDate issuedOn, String detail, String handler, String acknowledgedBy) {

        static SignalJson of(Signal signal) {
            return new SignalJson(signal.id(), signal.applicationId(), signal.unitCode(), signal.unitName(), signal.itemName(),
                    signal.type(), signal.typeLabel(), signal.issuedOn(), signal.detail(), signal.handler(), signal.acknowledgedBy());
        }
    }

    record Acknowledged(long id, boolean acknowledged) {
    }

    /** The new signals of each type the sweep issued for {@code today}. */
    record SweepJson(LocalDate today, int issued, Map<SignalType, Integer> counts) {
    }

    record Read(@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Long signalId,
                boolean read) {
    }

    private final SupervisionBoard board;
    private final SupervisionSweep sweep;
    private final SupervisionNotices notices;

    SupervisionApiController(SupervisionBoard board, SupervisionSweep sweep, SupervisionNotices notices) {
        this.board = board;
        this.sweep = sweep;
        this.notices = notices;
    }

    /** {@code {"total","page","size","items":[{"applicationId","unitCode","itemName","type","issuedOn","detail",…}]}}, newest first. */
    @GetMapping("/signals")
    PageOf<SignalJson> signals(Actor actor, @RequestParam(required = false) String unit, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String page) {
        SignalType chosen = null;
        if (type != null && !type.isBlank()) {
            chosen = SignalType.parse(type).orElseThrow(() -> InvalidInputException.field("type",
                    "信号类型应为" + String.join("、", SupervisionBoard.types().stream().map(Enum::name).toList()) + "之一"));
        }
        return board.signals(actor, unit, chosen, pageNumber(page)).map(SignalJson::of);
    }

    /** Open cases counted by unit and state, and a page of them by due date ({@code sort=due}, or {@code -due} for the latest first). */
    @GetMapping("/board")
    Board board(Actor actor, @RequestParam(required = false) String unit, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return board.board(actor, unit, latestFirst(sort), pageNumber(page), size == null || size.isBlank()
                ? SupervisionBoard.PAGE_SIZE : number("size", size, 1, SupervisionBoard.MAX_PAGE_SIZE));
    }

    /** Per unit for the period (default: the current quarter), with the grade and the rule that gave it. */
    @GetMapping("/statistics")
    Statistics statistics(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String unit) {
        return board.statistics(actor, Period.parse(from, to, board.today()), unit);
    }

    @GetMapping("/statistics.csv")
    @Operation(summary = "The statistics as CSV", description = """
            The rows of `GET /statistics` for the same `from`, `to` and `unit`, as RFC 4180 CSV in UTF-8 with a byte-order mark, \
            headings in Chinese; file name `supervision-statistics-{from}-{to}.csv`.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> statisticsCsv(Actor actor, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
        Statistics statistics = board.statistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsCsv.CONTENT_TYPE, StatisticsCsv.filename(statistics), StatisticsCsv.write(statistics));
    }

    @GetMapping("/statistics.xlsx")
    @Operation(summary = "The statistics as an Excel workbook (.xlsx)", description = """
            The rows of `GET /statistics` for the same `from`, `to` and `unit`, in one sheet named after the period: a title \
            with the period, a frozen heading row in Chinese (单位代码, 单位名称, 收件, 受理, 办结, 按时办结, 按时办结率, \
            平均办理工作日, 预警, 黄牌, 红牌, 等级), the figures as numeric cells (按时办结率 a fraction formatted as a \
            percentage, empty when not graded), the grading rule below, and a bar chart of the on-time rate per unit. \
            File name `supervision-statistics-{from}-{to}.xlsx`. Same roles as the CSV; refusals are JSON.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = StatisticsWorkbook.CONTENT_TYPE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> statisticsWorkbook(Actor actor, @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
        Statistics statistics = board.statistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsWorkbook.CONTENT_TYPE, StatisticsWorkbook.filename(statistics), StatisticsWorkbook.write(statistics));
    }

    @GetMapping("/statistics/items")
    @Operation(summary = "Statistics per service item", description = """
            The figures of `GET /statistics` (received, accepted, completed, completedOnTime, onTimePercent, \
            averageWorkingDays, warnings, yellowCards, redCards) per service item, for every item with a case or a signal in \
            the period (`from`, `to`, default the current quarter), of one unit when `unit` is given. Items are not graded. \
            Same roles and scope as the unit statistics: a unit leader gets their own unit's items only, and asking for \
            another unit is refused (403). Sorted by received, most first, then completed, then by unit and name. Answer: \
            `{"from","to","items":[{"unitCode","unitName","itemId","itemName","received","accepted","completed",\
            "completedOnTime","onTimePercent","averageWorkingDays","warnings","yellowCards","redCards"}]}`; `itemName` is \
            the name the item's cases were filed under.""")
    StatisticsByItem itemStatistics(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String unit) {
        return board.itemStatistics(actor, Period.parse(from, to, board.today()), unit);
    }

    @GetMapping("/statistics/items.csv")
    @Operation(summary = "The statistics per service item as CSV", description = """
            The rows of `GET /statistics/items` for the same `from`, `to` and `unit`, as RFC 4180 CSV in UTF-8 with a \
            byte-order mark, headings in Chinese (单位代码, 单位名称, 事项ID, 事项名称, then the figures as in \
            `statistics.csv`, no grade); file name `supervision-item-statistics-{from}-{to}.csv`.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> itemStatisticsCsv(Actor actor, @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
        StatisticsByItem statistics = board.itemStatistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsCsv.CONTENT_TYPE, StatisticsCsv.filename(statistics), StatisticsCsv.write(statistics));
    }

    @GetMapping("/statistics/items.xlsx")
    @Operation(summary = "The statistics per service item as an Excel workbook (.xlsx)", description = """
            The rows of `GET /statistics/items` for the same `from`, `to` and `unit`, laid out as `statistics.xlsx` (title \
            and sheet named after the period, frozen Chinese headings 单位代码, 单位名称, 事项ID, 事项名称, 收件 … 红牌, \
            numeric cells, the definitions below) without grade and chart. File name \
            `supervision-item-statistics-{from}-{to}.xlsx`. Same roles as the CSV; refusals are JSON.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = StatisticsWorkbook.CONTENT_TYPE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> itemStatisticsWorkbook(Actor actor, @RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
        StatisticsByItem statistics = board.itemStatistics(actor, Period.parse(from, to, board.today()), unit);
        return download(StatisticsWorkbook.CONTENT_TYPE, StatisticsWorkbook.filename(statistics), StatisticsWorkbook.write(statistics));
    }

    // No "produces" on the exports: a refusal must still be answered as JSON.
    private static ResponseEntity<byte[]> download(String contentType, String filename, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename))
                .body(content);
    }

    @PostMapping("/signals/{id}/acknowledge")
    Acknowledged acknowledge(Actor actor, @PathVariable long id) {
        board.acknowledge(actor, id);
        return new Acknowledged(id, true);
    }

    /** Runs the sweep now, for today; answers the new signals of each type. */
    @PostMapping("/sweep")
    SweepJson sweep(Actor actor) {
        SweepCompleted completed = sweep.sweepNow(actor);
        return new SweepJson(completed.today(), completed.total(), completed.counts());
    }

    @GetMapping("/notifications")
    PageOf<Notice> notifications(Actor actor, @RequestParam(required = false) String unread, @RequestParam(required = false) String page) {
        return notices.mine(actor, "true".equalsIgnoreCase(unread), pageNumber(page));
    }

    /** Marks the caller's notice of signal {@code signalId} read. */
    @PostMapping("/notifications/{signalId}/read")
    Read read(Actor actor, @PathVariable long signalId) {
        notices.markRead(actor, signalId);
        return new Read(signalId, true);
    }

    /** Marks the caller's notices read, up to signal {@code through} when given (the newest the client showed), else all. */
    @PostMapping("/notifications/read-all")
    Read readAll(Actor actor, @RequestParam(required = false) Long through) {
        notices.markAllRead(actor, through);
        return new Read(null, true);
    }

    static boolean latestFirst(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equals("due")) {
            return false;
        }
        if (sort.strip().equals("-due")) {
            return true;
        }
        throw InvalidInputException.field("sort", "排序应为due（到期日从早到晚）或-due（从晚到早）");
    }

    static int pageNumber(String text) {
        return text == null || text.isBlank() ? 1 : number("page", text, 1, PageOf.MAX_PAGE);
    }

    private static int number(String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw InvalidInputException.field(field, "应为" + min + "至" + max + "之间的整数");
    }
}
