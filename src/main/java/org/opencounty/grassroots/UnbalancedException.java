package org.opencounty.grassroots;

import java.util.Map;
import org.opencounty.common.DomainException;

/** 422 UNBALANCED: the finance lines do not add up to the closing balance; the body names the difference. */
public class UnbalancedException extends DomainException {

    private final FinanceStatement statement;

    public UnbalancedException(FinanceStatement statement) {
        super("UNBALANCED", "收支不平：期初余额 " + Amounts.format(statement.opening()) + " + 收入 " + Amounts.format(statement.income())
                        + " − 支出 " + Amounts.format(statement.expense()) + " = " + Amounts.format(statement.computedClosing())
                        + "，与填写的期末余额 " + Amounts.format(statement.closing()) + " 相差 " + Amounts.format(statement.difference()),
                Map.of("closing", "期末余额应为 " + Amounts.format(statement.computedClosing()) + "（相差 "
                        + Amounts.format(statement.difference()) + "）"));
        this.statement = statement;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("difference", Amounts.format(statement.difference()),
                "computedClosing", Amounts.format(statement.computedClosing()),
                "income", Amounts.format(statement.income()), "expense", Amounts.format(statement.expense()));
    }

    @Override
    public int status() {
        return 422;
    }
}
