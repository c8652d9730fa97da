package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A statistics table as the CSV and the workbook write it, per unit or per service item: text columns before the
 * {@link Figures} (who the row is about) and after them (the unit's grade), with what the workbook puts around the
 * table. One shape for both groupings, so that the two exports cannot drift apart between them.
 */
record StatisticsTable(LocalDate from, LocalDate to, String filePrefix, String sheetPrefix, String title,
                       List<String> leadingHeadings, List<String> trailingHeadings, List<Line> lines, List<String> notes,
                       boolean chart) {

    record Line(List<String> leading, Figures figures, List<String> trailing) {
    }

    /** The figures' headings; the CSV marks the rate's unit, the workbook formats the cell as a percentage instead. */
    static List<String> figureHeadings(String onTimeRate) {
        return List.of("收件", "受理", "办结", "按时办结", onTimeRate, "平均办理工作日", "预警", "黄牌", "红牌");
    }

    static final String DEFINITIONS = "按时办结率 = 期间内办结且不晚于承诺期限的件数 ÷ 期间内办结（有承诺期限）的件数，"
            + "向下取至0.1%；平均办理工作日为期间内作出决定的办件从受理到决定的工作日数。";

    static StatisticsTable of(Statistics statistics) {
        return new StatisticsTable(statistics.from(), statistics.to(), "supervision-statistics-", "监察统计 ", "电子监察统计与考核",
                List.of("单位代码", "单位名称"), List.of("等级"),
                statistics.units().stream()
                        .map(unit -> new Line(List.of(unit.unitCode(), unit.unitName()), unit, List.of(unit.grade().label())))
                        .toList(),
                List.of("考核等级：" + statistics.gradingRule(), DEFINITIONS), true);
    }

    /** Without a chart: a bar per item is unreadable with the thousands of items of a county. */
    static StatisticsTable of(StatisticsByItem statistics) {
        return new StatisticsTable(statistics.from(), statistics.to(), "supervision-item-statistics-", "事项统计 ", "电子监察事项统计",
                List.of("单位代码", "单位名称", "事项ID", "事项名称"), List.of(),
                statistics.items().stream()
                        .map(item -> new Line(List.of(item.unitCode(), item.unitName(), String.valueOf(item.itemId()),
                                item.itemName() == null ? "" : item.itemName()), item, List.of()))
                        .toList(),
                List.of(DEFINITIONS, "考核等级只评定单位，不评定事项。"), false);
    }

    String filename(String extension) {
        return filePrefix + from + "-" + to + "." + extension;
    }

    String period() {
        return from + " 至 " + to;
    }
}
