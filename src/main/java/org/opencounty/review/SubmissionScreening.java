package org.opencounty.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ProhibitedTerm;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.screening.Severity;
import org.springframework.stereotype.Component;

/** Screens what a kind gives it (its fields and the contacts published on purpose) with the center's current terms. */
@Component
public class SubmissionScreening {

    private static final int CONTEXT = 20;

    private final ScreeningTerms terms;

    SubmissionScreening(ScreeningTerms terms) {
        this.terms = terms;
    }

    /**
     * Every finding in {@code fields} with the terms of the site; phone numbers and mailboxes in
     * {@code publishedContacts} are not reported.
     */
    public List<ScreeningFinding> screen(long siteId, List<ScreenedField> fields, Set<String> publishedContacts) {
        List<ProhibitedTerm> prohibited = terms.forScreening(siteId);
        List<ScreeningFinding> findings = new ArrayList<>();
        for (ScreenedField field : fields) {
            String text = field.text() == null ? "" : field.text();
            for (Finding finding : ScreeningRules.screen(text, prohibited, publishedContacts)) {
                int start = finding.position();
                int end = Math.min(text.length(), start + finding.text().length());
                String before = oneLine(text.substring(Math.max(0, start - CONTEXT), start));
                String after = oneLine(text.substring(end, Math.min(text.length(), end + CONTEXT)));
                findings.add(new ScreeningFinding(field.field(), finding.rule(), finding.severity().name(),
                        before + oneLine(finding.text()) + after, finding.text(), start, finding.message(), before, after));
            }
        }
        return findings;
    }

    /**
     * The attachments that could not be read ({@link SubmissionKind#unreadable}, the reason as the text) as warnings
     * ATTACHMENT_UNREADABLE, which a person must check by hand.
     */
    static List<ScreeningFinding> unreadable(List<ScreenedField> unreadable) {
        return unreadable.stream().map(field -> {
            String file = field.field().substring(field.field().indexOf(':') + 1);
            return new ScreeningFinding(field.field(), ScreeningRules.ATTACHMENT_UNREADABLE, Severity.WARN.name(), file, file, 0,
                    ScreeningRules.UNREADABLE_MESSAGE + "（" + field.text() + "）", "", "");
        }).toList();
    }

    /** The findings as the history and the audit log keep them. */
    public static String describe(List<ScreeningFinding> findings) {
        return findings.stream().map(f -> f.rule() + "“" + f.text() + "”").collect(Collectors.joining("、"));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}
