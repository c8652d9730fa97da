package org.opencounty.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@value ScreeningRules#BANK_CARD}: payment card numbers (ISO/IEC 7812): 16 to 19 digits passing the
 * Luhn check, written together or grouped ({@link DigitRuns}) 4-4-4-4 with a last group of 1 to 3 digits
 * for longer cards, or 6 and the rest (6-10 … 6-13), the same kind of separator throughout (spaces, or a
 * hyphen), standing apart in its run and not masked. About one random number in ten passes Luhn, so a
 * grouped window inside a longer grouped number is not a card.
 */
final class BankCards {

    private static final int[][] GROUPINGS = Stream.of(
                    new int[][] {{16}, {17}, {18}, {19}, {4, 4, 4, 4}},
                    DigitRuns.withLast(new int[] {4, 4, 4, 4}, 1, 3),
                    DigitRuns.withLast(new int[] {6}, 10, 13))
            .flatMap(Arrays::stream).toArray(int[][]::new);

    private BankCards() {
    }

    static List<Span> find(DigitRuns runs) {
        List<Span> spans = new ArrayList<>();
        for (DigitRuns.Window window : runs.windows(GROUPINGS)) {
            if (window.evenlySeparated() && window.standsApart() && !window.endsWithCheckCharacter()
                    && passesLuhn(window.digits())) {
                spans.add(window.span());
            }
        }
        return spans;
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
