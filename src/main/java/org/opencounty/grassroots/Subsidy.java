package org.opencounty.grassroots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of a subsidy list (惠农补贴与救灾救助款物): who received what, how much, when. Names are public; an ID or bank
 * number, where the list has a column for it, is kept and shown masked to its last four digits (STANDARDS §13.1, §3.2).
 */
public record Subsidy(String name, String item, String amount, String date, String idNumber, String bankAccount) {

    public static final int MAX_ROWS = 500;

    /** The rows with each mistake put into {@code errors} (then null), numbers masked, amounts exact to the fen. */
    public static List<Subsidy> read(List<Subsidy> rows, Map<String, String> errors) {
        List<Subsidy> read = new ArrayList<>();
        List<Subsidy> given = rows == null ? List.of() : rows;
        if (given.size() > MAX_ROWS) {
            errors.put("subsidies", "补贴名单最多 " + MAX_ROWS + " 行");
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            Subsidy row = given.get(i);
            if (row == null || (blank(row.name) && blank(row.item) && blank(row.amount))) {
                continue;
            }
            String at = "subsidies[" + i + "].";
            if (blank(row.name) || row.name.strip().length() > 50) {
                errors.put(at + "name", "请填写姓名（不超过50字）");
            }
            if (blank(row.item) || row.item.strip().length() > 100) {
                errors.put(at + "item", "请填写补贴项目（不超过100字）");
            }
            BigDecimal amount = Amounts.parse(row.amount);
            if (amount == null || amount.signum() <= 0) {
                errors.put(at + "amount", amount == null ? Amounts.MESSAGE : "金额应大于零");
            }
            try {
                LocalDate.parse(row.date == null ? "" : row.date.strip());
            } catch (DateTimeParseException e) {
                errors.put(at + "date", "发放日期格式应为 2026-06-18");
            }
            read.add(new Subsidy(strip(row.name), strip(row.item), amount == null ? "" : Amounts.format(amount), strip(row.date),
                    masked(row.idNumber), masked(row.bankAccount)));
        }
        if (read.isEmpty() && errors.isEmpty()) {
            errors.put("subsidies", "请至少填写一行补贴名单");
        }
        return errors.isEmpty() ? read : null;
    }

    /** Only the last four characters of a number, the rest as asterisks; empty stays empty. */
    public static String masked(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            return "";
        }
        return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
    }

    public static BigDecimal total(List<Subsidy> rows) {
        return rows.stream().map(row -> Amounts.parse(row.amount)).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
