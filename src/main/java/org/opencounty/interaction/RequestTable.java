package org.opencounty.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 of the annual report (2021 template, STANDARDS.md §3.7): requests received, carried over and their results
 * per applicant column, and the balance every column must keep: 一 + 二 = 三（七） + 四.
 */
public final class RequestTable {

    /** The columns: 自然人, the five kinds of 法人或其他组织, 总计. */
    public static final List<String> COLUMNS = List.of("NATURAL", "COMMERCIAL", "RESEARCH", "PUBLIC_WELFARE", "LEGAL_SERVICE", "OTHER", "TOTAL");
    public static final List<String> COLUMN_LABELS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** A row: its key, its label, and for a group row the keys it sums. */
    public record Row(String key, String label, List<String> sums) {
    }

    public static final List<Row> ROWS = rows();

    /** One request as the table counts it: its column, when it came and ended, the result row it ended in. */
    public record Fact(String column, LocalDate receivedOn, LocalDate closedOn, String resultRow) {
    }

    private final Map<String, long[]> cells;

    public RequestTable(Map<String, long[]> cells) {
        this.cells = new LinkedHashMap<>();
        for (Row row : ROWS) {
            long[] given = cells.get(row.key());
            this.cells.put(row.key(), given == null ? new long[COLUMNS.size()] : given.clone());
        }
    }

    /** The table of one year from the requests' facts; group rows and the 总计 column summed. */
    public static RequestTable of(int year, List<Fact> facts) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (Fact fact : facts) {
            int column = Math.max(0, COLUMNS.indexOf(fact.column()));
            boolean openAtStart = fact.receivedOn().isBefore(first) && (fact.closedOn() == null || !fact.closedOn().isBefore(first));
            if (fact.receivedOn().isAfter(last) || (fact.receivedOn().isBefore(first) && !openAtStart)) {
                continue;
            }
            add(cells, fact.receivedOn().isBefore(first) ? "CARRIED_IN" : "NEW", column);
            if (fact.closedOn() != null && !fact.closedOn().isAfter(last)) {
                add(cells, fact.resultRow(), column);
            } else {
                add(cells, "CARRIED_OUT", column);
            }
        }
        RequestTable table = new RequestTable(cells);
        table.sum();
        return table;
    }

    /** The result row of an answer: the group of its outcome, and the sub-row its reason names. */
    public static String resultRow(Outcome outcome, String reason) {
        String group = switch (outcome) {
            case ALREADY_PUBLIC, DISCLOSED -> "DISCLOSED";
            case PARTIAL -> "PARTIAL";
            case WITHHELD -> "WITHHELD";
            case NOT_HELD, NOT_THIS_AGENCY -> "UNAVAILABLE";
            case REPEAT, NOT_HANDLED -> "NOT_HANDLED";
            case SPECIAL_LAW, CORRECTION_LAPSED, FEE_UNPAID -> "OTHER";
        };
        String chosen = reason != null && !reason.isBlank() ? reason : outcome.reasons().isEmpty() ? "" : outcome.reasons().getFirst();
        return chosen.isEmpty() || group.equals("DISCLOSED") || group.equals("PARTIAL") ? group : group + "_" + chosen.charAt(0);
    }

    public long cell(String row, String column) {
        return cells.get(row)[COLUMNS.indexOf(column)];
    }

    public Map<String, long[]> cells() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        cells.forEach((key, values) -> copy.put(key, values.clone()));
        return copy;
    }

    /** The columns (their labels) where 一 + 二 differs from 三（七） + 四, or where a sum row or 总计 does not add up. */
    public List<String> failingColumns() {
        List<String> failing = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            boolean ok = cells.get("NEW")[c] + cells.get("CARRIED_IN")[c] == cells.get("TOTAL")[c] + cells.get("CARRIED_OUT")[c];
            for (Row row : ROWS) {
                if (!row.sums().isEmpty()) {
                    final int column = c;
                    ok &= cells.get(row.key())[c] == row.sums().stream().mapToLong(key -> cells.get(key)[column]).sum();
                }
            }
            if (c == COLUMNS.size() - 1) {
                for (Row row : ROWS) {
                    long others = 0;
                    for (int i = 0; i < c; i++) {
                        others += cells.get(row.key())[i];
                    }
                    ok &= cells.get(row.key())[c] == others;
                }
            }
            if (!ok) {
                failing.add(COLUMN_LABELS.get(c));
            }
        }
        return failing;
    }

    private void sum() {
        for (Row row : ROWS) {
            if (!row.sums().isEmpty()) {
                long[] total = cells.get(row.key());
                for (int c = 0; c < COLUMNS.size() - 1; c++) {
                    final int column = c;
                    total[c] = row.sums().stream().mapToLong(key -> cells.get(key)[column]).sum();
                }
            }
        }
        // Sub-rows are summed before the rows that sum them: ROWS lists them first within each group.
        for (long[] values : cells.values()) {
            long total = 0;
            for (int c = 0; c < COLUMNS.size() - 1; c++) {
                total += values[c];
            }
            values[COLUMNS.size() - 1] = total;
        }
    }

    private static void add(Map<String, long[]> cells, String row, int column) {
        cells.computeIfAbsent(row, key -> new long[COLUMNS.size()])[column]++;
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("NEW", "一、本年新收政府信息公开申请数量", List.of()));
        rows.add(new Row("CARRIED_IN", "二、上年结转政府信息公开申请数量", List.of()));
        rows.add(new Row("DISCLOSED", "三（一）予以公开", List.of()));
        rows.add(new Row("PARTIAL", "三（二）部分公开（区分处理的，只计这一情形，不计其他情形）", List.of()));
        group(rows, "WITHHELD", "三（三）不予公开", Outcome.WITHHELD.reasons());
        group(rows, "UNAVAILABLE", "三（四）无法提供", Outcome.NOT_HELD.reasons());
        group(rows, "NOT_HANDLED", "三（五）不予处理", List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
                "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"));
        group(rows, "OTHER", "三（六）其他处理", List.of(Outcome.CORRECTION_LAPSED.reasons().getFirst(), Outcome.FEE_UNPAID.reasons().getFirst(), "3.其他"));
        rows.add(new Row("TOTAL", "三（七）总计", List.of("DISCLOSED", "PARTIAL", "WITHHELD", "UNAVAILABLE", "NOT_HANDLED", "OTHER")));
        rows.add(new Row("CARRIED_OUT", "四、结转下年度继续办理", List.of()));
        return List.copyOf(rows);
    }

    private static void group(List<Row> rows, String key, String label, List<String> reasons) {
        List<String> keys = new ArrayList<>();
        for (String reason : reasons) {
            String sub = key + "_" + reason.charAt(0);
            keys.add(sub);
            rows.add(new Row(sub, "　" + reason, List.of()));
        }
        rows.add(new Row(key, label, List.copyOf(keys)));
    }
}
