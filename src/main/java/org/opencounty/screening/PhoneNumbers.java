package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#MOBILE_NUMBER} and {@value ScreeningRules#LANDLINE_NUMBER}: phone numbers,
 * which are personal data unless they are a unit's published contact.
 * <ul>
 * <li>Mobile: {@code 1[3-9]} and 9 more digits, together or grouped ({@link DigitRuns}) 3-4-4, 4-4-3 or
 *     3-8 with the same kind of separator throughout; a country code before it (+86, 0086, (+86), 86, then
 *     spaces or a hyphen) belongs to the finding; the number's digits without the country code are
 *     compared with the published contacts. {@code 8613912345678} and {@code 008613912345678} written
 *     together are a mobile with its country code too.</li>
 * <li>Landline: {@code 0} + 2–3 digit area code, a hyphen (spaces around it allowed) and 7–8 digits
 *     ({@code 0902-6826836}), or the area code in brackets ({@code (0902)6826836}, a space after the bracket
 *     allowed).</li>
 * </ul>
 * Neither matches inside a longer run of digits, letters or masking stars.
 */
final class PhoneNumbers {

    private static final int[][] MOBILE_GROUPINGS = {{11}, {3, 4, 4}, {4, 4, 3}, {3, 8}};
    private static final int[][] WITH_COUNTRY_CODE = {{13}, {15}};
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern COUNTRY_CODE_BEFORE = Pattern.compile(
            "(?:(?:\\+86|0086|\\(\\+?86\\))[ \\t]*(?:-[ \\t]*)?|(?<![0-9A-Za-z+])86[ \\t]*(?:-[ \\t]*)?)$");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z★])(?:0[0-9]{2,3}[ \\t]*-[ \\t]*[0-9]{7,8}|\\(0[0-9]{2,3}\\) ?[0-9]{7,8})(?![0-9A-Za-z★])");

    private PhoneNumbers() {
    }

    /** A phone number and the digits it is compared by. */
    record Match(Span span, String digits) {
    }

    static List<Match> mobiles(DigitRuns runs) {
        List<Match> matches = new ArrayList<>();
        String folded = runs.folded();
        for (DigitRuns.Window window : runs.windows(MOBILE_GROUPINGS)) {
            if (window.evenlySeparated() && MOBILE.matcher(window.digits()).matches()) {
                Span span = window.span();
                Matcher code = COUNTRY_CODE_BEFORE.matcher(folded).region(Math.max(0, span.start() - 8), span.start())
                        .useTransparentBounds(true);
                int start = code.find() ? code.start() : span.start();
                matches.add(new Match(new Span(start, span.end()), window.digits()));
            }
        }
        for (DigitRuns.Window window : runs.windows(WITH_COUNTRY_CODE)) {
            String digits = window.digits();
            String mobile = digits.length() == 13 && digits.startsWith("86") ? digits.substring(2)
                    : digits.length() == 15 && digits.startsWith("0086") ? digits.substring(4) : "";
            if (MOBILE.matcher(mobile).matches()) {
                Span span = window.span();
                boolean plus = span.start() > 0 && folded.charAt(span.start() - 1) == '+';
                matches.add(new Match(new Span(plus ? span.start() - 1 : span.start(), span.end()), mobile));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return matches;
    }
    static List<Match> landlines(String folded) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = LANDLINE.matcher(folded);
        while (matcher.find()) {
            matches.add(new Match(new Span(matcher.start(), matcher.end()), Digits.of(matcher.group())));
        }
        return matches;
    }
}
