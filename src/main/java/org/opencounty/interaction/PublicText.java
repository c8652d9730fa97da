package org.opencounty.interaction;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Screening of what a public listing would show (the title, the text and the reply): personal data and the center's
 * prohibited terms keep an exchange off the listing; the writer and the unit still see it whole.
 */
@Component
class PublicText {

    private static final Set<String> PERSONAL = Set.of(ScreeningRules.RESIDENT_ID, ScreeningRules.BANK_CARD, ScreeningRules.MOBILE_NUMBER,
            ScreeningRules.LANDLINE_NUMBER, ScreeningRules.EMAIL_ADDRESS);

    private final ScreeningTerms terms;
    private final Units units;

    PublicText(ScreeningTerms terms, Units units) {
        this.terms = terms;
        this.units = units;
    }

    /** Why the text may not be shown publicly, or "" when it may. */
    String withheldReason(long siteId, String... texts) {
        String text = String.join("\n", texts);
        List<Finding> findings = ScreeningRules.screen(text, terms.forScreening(siteId), units.publishedContacts(siteId));
        if (findings.isEmpty()) {
            return "";
        }
        return findings.stream().map(finding -> PERSONAL.contains(finding.rule()) ? "含个人信息" : finding.message())
                .distinct().collect(Collectors.joining("；"));
    }
}
