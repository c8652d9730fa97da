package org.opencounty.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#RESIDENT_ID}: 18-character resident identity numbers (GB 11643): 17 digits and
 * a check character (digit or X), with the ISO 7064 MOD 11-2 check right and chars 7–14 a real birth
 * date from 1900-01-01 to today, not inside a longer run of digits, letters or masking stars. The check
 * and the date keep order numbers and other long digit runs out, so only what is almost certainly a
 * person's number blocks publication; a masked number ({@code 652222********1234}) has no 17 digits in
 * a row and does not match.
 */
final class ResidentIds {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z*])[0-9]{17}[0-9Xx](?![0-9A-Za-z*])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIds() {
    }

    static List<Span> find(String folded, LocalDate today) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(folded);
        while (matcher.find()) {
            String number = matcher.group();
            if (checkCharOf(number) == Character.toUpperCase(number.charAt(17)) && hasBirthDate(number, today)) {
                spans.add(new Span(matcher.start(), matcher.end()));
            }
        }
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

    private static boolean hasBirthDate(String number, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(number, 6, 10, 10),
                    Integer.parseInt(number, 10, 12, 10),
                    Integer.parseInt(number, 12, 14, 10));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
        } catch (DateTimeException impossibleDate) {
            return false;
        }
    }
}
