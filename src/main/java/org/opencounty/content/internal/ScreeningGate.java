package org.opencounty.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencounty.content.ArticleRevision;
import org.opencounty.content.StoredAttachment;
import org.opencounty.content.ScreeningRefusedException.Flag;
import org.opencounty.screening.AttachmentText;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ProhibitedTerm;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.screening.Severity;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/** Screens a revision's title, summary, body and attachments for the notice's prohibited content. */
@Component
public class ScreeningGate {

    private static final int CONTEXT = 20;

    private final ScreeningTerms terms;
    private final Units units;
    private final Attachments attachments;

    ScreeningGate(ScreeningTerms terms, Units units, Attachments attachments) {
        this.terms = terms;
        this.units = units;
        this.attachments = attachments;
    }

    public List<Flag> screen(long siteId, ArticleRevision revision) {
        List<ProhibitedTerm> prohibited = terms.forScreening();
        Set<String> published = publishedContacts(siteId);
        List<Flag> flags = new ArrayList<>();
        add(flags, "title", revision.title(), prohibited, published);
        add(flags, "summary", revision.summary(), prohibited, published);
        add(flags, "body", ScreeningRules.plainText(revision.body()), prohibited, published);
        for (StoredAttachment attachment : attachments.of(revision.id())) {
            add(flags, attachment.filename(), AttachmentText.extract(attachment.filename(), attachments.content(attachment)),
                    prohibited, published);
        }
        return flags;
    }

    /** The phone numbers and e-mail addresses units publish on their profiles are meant to be public. */
    private Set<String> publishedContacts(long siteId) {
        Set<String> contacts = new HashSet<>();
        for (Unit unit : units.directory(siteId)) {
            if (!unit.phone().isBlank()) {
                contacts.add(unit.phone());
            }
            if (!unit.email().isBlank()) {
                contacts.add(unit.email());
            }
        }
        return contacts;
    }

    private static void add(List<Flag> flags, String source, String text, List<ProhibitedTerm> prohibited, Set<String> published) {
        for (Finding finding : ScreeningRules.screen(text, prohibited, published)) {
            int start = finding.position();
            int end = Math.min(text.length(), start + finding.text().length());
            flags.add(new Flag(source, finding.rule(), finding.severity().name(), finding.text(), start, finding.message(),
                    oneLine(text.substring(Math.max(0, start - CONTEXT), start)),
                    oneLine(text.substring(end, Math.min(text.length(), end + CONTEXT)))));
        }
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    public static boolean anyBlocking(List<Flag> flags) {
        return flags.stream().anyMatch(flag -> flag.severity().equals(Severity.BLOCK.name()));
    }
}
