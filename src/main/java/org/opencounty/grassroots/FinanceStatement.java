package org.opencounty.grassroots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A village's 财务收支 for a period: the opening balance, each income and expense line, and the closing balance. The
 * totals are computed, never entered; the statement balances when opening + income − expense = closing to the fen.
 */
public record FinanceStatement(BigDecimal opening, List<Line> lines, BigDecimal closing) {

    public enum Direction {
        INCOME("收入"), EXPENSE("支出");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of the ledger: when, what, which way, how much, with whom, and the voucher it is booked under. */
    public record Line(LocalDate date, String item, Direction direction, BigDecimal amount, String counterpart, String voucher) {
    }

    public FinanceStatement {
        lines = List.copyOf(lines);
    }

    public BigDecimal income() {
        return total(Direction.INCOME);
    }

    public BigDecimal expense() {
        return total(Direction.EXPENSE);
    }

    /** What the closing balance must be. */
    public BigDecimal computedClosing() {
        return opening.add(income()).subtract(expense());
    }

    /** The entered closing balance less the computed one: zero when the statement balances. */
    public BigDecimal difference() {
        return closing.subtract(computedClosing());
    }

    public boolean balanced() {
        return difference().signum() == 0;
    }

    public List<Line> incomes() {
        return lines.stream().filter(line -> line.direction() == Direction.INCOME).toList();
    }

    public List<Line> expenses() {
        return lines.stream().filter(line -> line.direction() == Direction.EXPENSE).toList();
    }

    private BigDecimal total(Direction direction) {
        return lines.stream().filter(line -> line.direction() == direction).map(Line::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
