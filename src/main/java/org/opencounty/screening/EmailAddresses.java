package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#EMAIL_ADDRESS}: e-mail addresses ({@code local@domain.tld}, ASCII). A private
 * person's address is personal data; a unit's published address and any address under gov.cn (which
 * only government bodies can hold) are how the public reaches the government and are not reported.
 */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![A-Za-z0-9-])");

    private EmailAddresses() {
    }

    /** An address and whether it belongs to a government body by its domain. */
    record Match(Span span, String address, boolean governmental) {
    }

    static List<Match> find(String folded) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(folded);
        while (matcher.find()) {
            String domain = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean governmental = domain.equals("gov.cn") || domain.endsWith(".gov.cn");
            matches.add(new Match(new Span(matcher.start(), matcher.end()), matcher.group(), governmental));
        }
        return matches;
    }
}
