package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#BANK_CARD}: payment card numbers (ISO/IEC 7812): 16 to 19 digits passing the
 * Luhn check, written together or in groups of four separated by single spaces or single hyphens (the
 * same separator throughout, a last group of 1 to 3 digits for cards longer than 16), not inside a
 * longer run of digits, letters or masking stars. A number with masking stars does not match.
 */
final class BankCards {

    private static final String NOT_AFTER = "(?<![0-9A-Za-z*])";
    private static final String NOT_BEFORE = "(?![0-9A-Za-z*])";
    private static final Pattern TOGETHER = Pattern.compile(NOT_AFTER + "[0-9]{16,19}" + NOT_BEFORE);
    private static final Pattern GROUPED = Pattern.compile(
            NOT_AFTER + "(?<![0-9][ -])[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{1,3})?"
                    + NOT_BEFORE + "(?!\\1[0-9])");

    private BankCards() {
    }

    static List<Span> find(String folded) {
        List<Span> spans = new ArrayList<>();
        collect(TOGETHER.matcher(folded), spans);
        collect(GROUPED.matcher(folded), spans);
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    private static void collect(Matcher matcher, List<Span> spans) {
        while (matcher.find()) {
            if (passesLuhn(Digits.of(matcher.group()))) {
                spans.add(new Span(matcher.start(), matcher.end()));
            }
        }
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
