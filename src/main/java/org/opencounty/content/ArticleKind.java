package org.opencounty.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.internal.AttachmentReadings;
import org.opencounty.content.internal.Attachments;
import org.opencounty.content.internal.IndexNumbers;
import org.opencounty.content.internal.Publication;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.opencounty.screening.AttachmentReading;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Articles as a kind of submission: screening reads the title, summary, body and attachments (their file names and
 * the text read from them before the transaction, {@link AttachmentReadings}), and warnings (personal data) need the submitter's confirmation; the center's first approval gives the 索引号; a revision may wait for its
 * publish time; publishing copies the live revision into {@code published_article}.
 */
@Component
class ArticleKind implements SubmissionKind<Article> {

    private static final Names NAMES = new Names("article", "该信息", "article_revision");

    private final RevisionRepository revisions;
    private final Attachments attachments;
    private final IndexNumbers indexNumbers;
    private final Publication publication;
    private static final AttachmentReading NOT_READ = AttachmentReading.unreadable("尚未读取");

    private final Units units;
    private final AttachmentReadings readings;

    ArticleKind(RevisionRepository revisions, Attachments attachments, IndexNumbers indexNumbers,
                Publication publication, Units units, AttachmentReadings readings) {
        this.readings = readings;
        this.revisions = revisions;
        this.attachments = attachments;
        this.indexNumbers = indexNumbers;
        this.publication = publication;
        this.units = units;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    /** Policy documents (政策文件, 规范性文件) carry their 文号, 发文机关 and 成文日期, at submission and at publication. */
    @Override
    public void requireComplete(Article article, long revisionId) {
        ArticleRevision revision = revision(revisionId);
        Map<String, String> missing = ArticleMetadata.missingForSubmission(article.category(), revision.documentNumber(),
                revision.issuingBody(), revision.writtenOn());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    @Override
    public List<ScreenedField> screenedFields(Article article, long revisionId) {
        ArticleRevision revision = revision(revisionId);
        List<ScreenedField> fields = new ArrayList<>(List.of(new ScreenedField("title", revision.title()),
                new ScreenedField("summary", revision.summary()),
                new ScreenedField("body", ScreeningRules.plainText(revision.body()))));
        for (StoredAttachment attachment : attachments.of(revisionId)) {
            fields.add(ScreenedField.fileName(attachment.filename()));
            fields.add(ScreenedField.attachment(attachment.filename(), reading(attachment).text()));
        }
        return fields;
    }

    @Override
    public List<ScreenedField> unreadable(Article article, long revisionId) {
        List<ScreenedField> unreadable = new ArrayList<>();
        for (StoredAttachment attachment : attachments.of(revisionId)) {
            AttachmentReading reading = reading(attachment);
            if (!reading.readable()) {
                unreadable.add(ScreenedField.attachment(attachment.filename(), reading.reason()));
            }
        }
        return unreadable;
    }

    /** What the attachment's file gave when read; a file never read counts as unreadable. */
    private AttachmentReading reading(StoredAttachment attachment) {
        return readings.of(attachment).orElse(NOT_READ);
    }

    @Override
    public Set<String> publishedContacts(Article article, long revisionId) {
        return units.publishedContacts(article.siteId());
    }

    @Override
    public boolean warningsNeedConfirmation() {
        return true;
    }

    @Override
    public void warningsConfirmedBy(long revisionId, String by) {
        revision(revisionId).acknowledgeWarnings(by);
    }

    @Override
    public boolean warningsConfirmed(long revisionId) {
        return revision(revisionId).warningsAcknowledgedBy() != null;
    }

    @Override
    public Instant publishAt(long revisionId) {
        return revision(revisionId).publishAt();
    }

    @Override
    public void approvedByCenter(Article article, Instant now) {
        if (article.indexNumber() == null) {
            article.assignIndexNumber(nextIndexNumber(article, now));
        }
    }

    /** The next 索引号 of the article's unit, category and year. */
    String nextIndexNumber(Article article, Instant at) {
        return indexNumbers.next(article.unitId(), units.byId(article.unitId()).orElseThrow().code(), article.category().code(),
                at.atZone(TimeConfiguration.CHINA).getYear());
    }

    @Override
    public void show(Article article) {
        publication.show(article);
    }

    @Override
    public void hide(Article article) {
        publication.hide(article.id());
    }

    @Override
    public ArticleRevision revision(long id) {
        return revisions.findById(id).orElseThrow();
    }
}
