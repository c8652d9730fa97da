package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#MOBILE_NUMBER} and {@value ScreeningRules#LANDLINE_NUMBER}: phone numbers,
 * which are personal data unless they are a unit's published contact.
 * <ul>
 * <li>Mobile: {@code 1[3-9]} and 9 more digits, together or as 3-4-4 with single spaces or hyphens,
 *     optionally after +86, 0086 or (+86) (then a space or hyphen allowed) or 86 (then a hyphen
 *     allowed), which belongs to the finding; the number's digits without the country code are
 *     compared with the published contacts.</li>
 * <li>Landline: {@code 0} + 2–3 digit area code, a hyphen and 7–8 digits ({@code 0902-6826836}), or
 *     the area code in brackets ({@code (0902)6826836}, a space after the bracket allowed).</li>
 * </ul>
 * Neither matches inside a longer run of digits, letters or masking stars.
 */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z*+])(?:(?:\\+86|0086|\\(\\+?86\\))[ -]?|86-?)?"
                    + "(1[3-9][0-9](?:[0-9]{8}|([ -])[0-9]{4}\\2[0-9]{4}))"
                    + "(?![0-9A-Za-z*])(?!\\2[0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z*])(?:0[0-9]{2,3}-[0-9]{7,8}|\\(0[0-9]{2,3}\\) ?[0-9]{7,8})(?![0-9A-Za-z*])");

    private PhoneNumbers() {
    }

    /** A phone number and the digits it is compared by. */
    record Match(Span span, String digits) {
    }

    static List<Match> mobiles(String folded) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = MOBILE.matcher(folded);
        while (matcher.find()) {
            matches.add(new Match(new Span(matcher.start(), matcher.end()), Digits.of(matcher.group(1))));
        }
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
