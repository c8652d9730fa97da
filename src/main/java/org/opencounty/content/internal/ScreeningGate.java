package org.opencounty.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencounty.content.ArticleRevision;
import org.opencounty.content.StoredAttachment;
import org.opencounty.content.ScreeningRefusedException.Flag;
import org.opencounty.screening.AttachmentReading;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ProhibitedTerm;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.screening.Severity;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Screens a revision's title, summary, body and attachments (file name, text and document properties) for the
 * notice's prohibited content. Attachments are never read here, inside the caller's transaction: their
 * readings come from {@link AttachmentReadings}, and one that could not be read is a warning that a person
 * must look at it.
 */
@Component
public class ScreeningGate {

    private static final int CONTEXT = 20;
    /** Added to the source of findings in an attachment's file name. */
    public static final String FILE_NAME = "（文件名）";
    private static final AttachmentReading NOT_READ = AttachmentReading.unreadable("尚未读取");

    private final ScreeningTerms terms;
    private final Units units;
    private final Attachments attachments;
    private final AttachmentReadings readings;

    ScreeningGate(ScreeningTerms terms, Units units, Attachments attachments, AttachmentReadings readings) {
        this.terms = terms;
        this.units = units;
        this.attachments = attachments;
        this.readings = readings;
    }

    public List<Flag> screen(long siteId, ArticleRevision revision) {
        List<ProhibitedTerm> prohibited = terms.forScreening(siteId);
        Set<String> published = publishedContacts(siteId);
        List<Flag> flags = new ArrayList<>();
        add(flags, "title", revision.title(), prohibited, published);
        add(flags, "summary", revision.summary(), prohibited, published);
        add(flags, "body", ScreeningRules.plainText(revision.body()), prohibited, published);
        for (StoredAttachment attachment : attachments.of(revision.id())) {
            add(flags, attachment.filename() + FILE_NAME, attachment.filename(), prohibited, published);
            AttachmentReading reading = readings.of(attachment).orElse(NOT_READ);
            add(flags, attachment.filename(), reading.text(), prohibited, published);
            if (!reading.readable()) {
                flags.add(unreadable(attachment, reading));
            }
        }
        return flags;
    }

    /** The revision's attachments that could not be screened, which every reviewer must acknowledge having checked. */
    public List<Flag> unreadable(ArticleRevision revision) {
        List<Flag> flags = new ArrayList<>();
        for (StoredAttachment attachment : attachments.of(revision.id())) {
            AttachmentReading reading = readings.of(attachment).orElse(NOT_READ);
            if (!reading.readable()) {
                flags.add(unreadable(attachment, reading));
            }
        }
        return flags;
    }

    private static Flag unreadable(StoredAttachment attachment, AttachmentReading reading) {
        return new Flag(attachment.filename(), ScreeningRules.ATTACHMENT_UNREADABLE, Severity.WARN.name(), attachment.filename(), 0,
                ScreeningRules.UNREADABLE_MESSAGE + "（" + reading.reason() + "）", "", "");
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
