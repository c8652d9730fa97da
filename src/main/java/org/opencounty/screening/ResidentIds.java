package org.opencounty.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@value ScreeningRules#RESIDENT_ID}: resident identity numbers (GB 11643), written together or in the
 * groupings people use ({@link DigitRuns}), not masked:
 * <ul>
 * <li>18 characters: 17 digits and a check character (digit or X), the ISO 7064 MOD 11-2 check right and
 *     chars 7–14 a real birth date from 1900-01-01 to today; grouped 6-8-4, 6-4-4-4, 6-4-2-2-4, 4-4-4-4-2,
 *     3-3-4-4-4, 6-6-6, 2-4-8-4 or 6-12, with any separators;</li>
 * <li>15 digits (the first-generation number, issued until 2013): a province code that exists, then a
 *     real birth date 19YYMMDD and a 3-digit order number; together, or 6-6-3, 6-9 or 6-2-2-2-3 standing
 *     apart in its run, because without a check digit a grouped window of a longer number is too often a date.</li>
 * </ul>
 * The check and the date keep order numbers and other long digit runs out, so only what is almost certainly
 * a person's number blocks publication; a masked number ({@code 652222********1234}) has no such window.
 */
final class ResidentIds {

    private static final int[][] GROUPINGS = {
            {18}, {6, 8, 4}, {6, 4, 4, 4}, {6, 4, 2, 2, 4}, {4, 4, 4, 4, 2}, {3, 3, 4, 4, 4}, {6, 6, 6}, {2, 4, 8, 4}, {6, 12}};
    private static final int[][] OLD_GROUPINGS = {{15}, {6, 6, 3}, {6, 9}, {6, 2, 2, 2, 3}};
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIds() {
    }

    static List<Span> find(DigitRuns runs, LocalDate today) {
        List<Span> spans = new ArrayList<>();
        for (DigitRuns.Window window : runs.windows(GROUPINGS)) {
            String number = window.digits();
            if (checkCharOf(number) == Character.toUpperCase(number.charAt(17)) && hasBirthDate(number, 6, today)) {
                spans.add(window.span());
            }
        }
        for (DigitRuns.Window window : runs.windows(OLD_GROUPINGS)) {
            String number = window.digits();
            if (window.standsApart() && !window.endsWithCheckCharacter() && PROVINCES.contains(number.substring(0, 2))
                    && hasBirthDate("19" + number.substring(6, 12), 0, today)) {
                spans.add(window.span());
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkCharOf(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Whether the 8 digits from {@code from} are a date from 1900-01-01 to today. */
    private static boolean hasBirthDate(String number, int from, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(number, from, from + 4, 10),
                    Integer.parseInt(number, from + 4, from + 6, 10),
                    Integer.parseInt(number, from + 6, from + 8, 10));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
        } catch (DateTimeException | NumberFormatException impossibleDate) {
            return false;
        }
    }
}
