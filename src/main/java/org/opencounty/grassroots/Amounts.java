package org.opencounty.grassroots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Money as villages write it: yuan to the fen, exact (never a binary fraction), at most ten digits before the point. */
public final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,10}(\\.\\d{1,2})?");

    private Amounts() {
    }

    /** The amount, or null when the text is not one (empty, letters, more than two decimals, thousands separators…). */
    public static BigDecimal parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!AMOUNT.matcher(value).matches()) {
            return null;
        }
        return new BigDecimal(value).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** How amounts are written everywhere: two decimals, no exponent. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static final String MESSAGE = "金额应为数字，最多两位小数（元，精确到分），如 1250.50";
}
