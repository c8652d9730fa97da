package org.opencounty.grassroots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finance statement as written (the API's body, a form's fields, a sheet's cells, and what is stored): every amount a
 * decimal string. {@link #read} checks every field at once and names each mistake by where it was written.
 */
public record FinanceInput(String opening, List<LineInput> lines, String closing) {

    public record LineInput(String date, String item, String direction, String amount, String counterpart, String voucher) {

        boolean blank() {
            return isBlank(date) && isBlank(item) && isBlank(amount) && isBlank(counterpart) && isBlank(voucher);
        }
    }

    /** Where a line's field was written, for messages: {@code finance.lines[2].amount} in the API, B4 in a sheet. */
    public interface Places {
        String of(int line, String field);

        String total(String field);
    }

    public static final Places API = new Places() {
        public String of(int line, String field) {
            return "finance.lines[" + line + "]." + field;
        }

        public String total(String field) {
            return "finance." + field;
        }
    };

    public static final int MAX_LINES = 500;

    /**
     * The statement, with each mistake put into {@code errors} under its place (then null is returned): amounts exact to
     * the fen, lines' amounts above zero, dates within the period, items named, a direction for each line.
     */
    public FinanceStatement read(DisclosurePeriod period, Places places, Map<String, String> errors) {
        BigDecimal open = Amounts.parse(opening);
        if (open == null) {
            errors.put(places.total("opening"), "期初余额：" + Amounts.MESSAGE);
        }
        BigDecimal close = Amounts.parse(closing);
        if (close == null) {
            errors.put(places.total("closing"), "期末余额：" + Amounts.MESSAGE);
        }
        List<FinanceStatement.Line> read = new ArrayList<>();
        List<LineInput> given = lines == null ? List.of() : lines;
        if (given.size() > MAX_LINES) {
            errors.put(places.total("lines"), "收支明细最多 " + MAX_LINES + " 行");
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            LineInput line = given.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            LocalDate date = date(line.date());
            if (date == null) {
                errors.put(places.of(i, "date"), "日期格式应为 2026-06-18");
            } else if (period != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
                errors.put(places.of(i, "date"), "日期 " + date + " 不在公开期间（" + period.label() + "）内");
            }
            if (isBlank(line.item()) || line.item().strip().length() > 200) {
                errors.put(places.of(i, "item"), "请填写摘要（不超过200字）");
            }
            FinanceStatement.Direction direction = direction(line.direction());
            if (direction == null) {
                errors.put(places.of(i, "direction"), "收支方向应为“收入”或“支出”（INCOME / EXPENSE）");
            }
            BigDecimal amount = Amounts.parse(line.amount());
            if (amount == null) {
                errors.put(places.of(i, "amount"), Amounts.MESSAGE);
            } else if (amount.signum() <= 0) {
                errors.put(places.of(i, "amount"), "金额应大于零；收入、支出用收支方向区分");
            }
            if (text(line.counterpart()).length() > 200 || text(line.voucher()).length() > 50) {
                errors.put(places.of(i, "counterpart"), "往来单位不超过200字，凭证号不超过50字");
            }
            if (date != null && direction != null && amount != null) {
                read.add(new FinanceStatement.Line(date, text(line.item()), direction, amount, text(line.counterpart()),
                        text(line.voucher())));
            }
        }
        if (read.isEmpty() && !errors.keySet().stream().anyMatch(key -> key.contains("lines"))
                && given.stream().allMatch(line -> line == null || line.blank())) {
            errors.put(places.total("lines"), "请至少填写一行收支明细");
        }
        return errors.isEmpty() ? new FinanceStatement(open, read, close) : null;
    }

    /** As it is stored and answered: the statement's amounts written with two decimals. */
    public static FinanceInput of(FinanceStatement statement) {
        return new FinanceInput(Amounts.format(statement.opening()), statement.lines().stream()
                .map(line -> new LineInput(line.date().toString(), line.item(), line.direction().name(),
                        Amounts.format(line.amount()), line.counterpart(), line.voucher()))
                .toList(), Amounts.format(statement.closing()));
    }

    static FinanceStatement.Direction direction(String text) {
        String value = text(text);
        return switch (value) {
            case "INCOME", "收入", "income" -> FinanceStatement.Direction.INCOME;
            case "EXPENSE", "支出", "expense" -> FinanceStatement.Direction.EXPENSE;
            default -> null;
        };
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
