package org.opencounty.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.opencounty.catalogue.internal.CataloguePublication;
import org.opencounty.catalogue.internal.CatalogueRevisionRepository;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.MaterialFiles;
import org.springframework.stereotype.Component;

/**
 * Service guides and fees as a kind of submission: a guide must carry the ten inspected elements at submission and at
 * publication; office phones and addresses are the point of a guide, so only blocking findings stop it; publishing
 * copies the live revision into {@code published_entry}.
 */
@Component
class CatalogueKind implements SubmissionKind<CatalogueEntry> {

    private static final Names NAMES = new Names("catalogue", "该事项", "catalogue_revision");

    private final CatalogueRevisionRepository revisions;
    private final CataloguePublication publication;
    private final ContentCodec codec;
    private final MaterialFiles files;

    CatalogueKind(CatalogueRevisionRepository revisions, CataloguePublication publication, ContentCodec codec, MaterialFiles files) {
        this.files = files;
        this.revisions = revisions;
        this.publication = publication;
        this.codec = codec;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(CatalogueEntry entry, long revisionId) {
        String content = revision(revisionId).content();
        if (entry.kind() == EntryKind.ITEM) {
            // The guide's text, and each blank form's and sample's file name and the text read from it at upload.
            List<ScreenedField> fields = new ArrayList<>(CataloguePublication.screenedFields(codec.read(content, ServiceItemContent.class)));
            for (MaterialFile file : files.of(revisionId)) {
                fields.add(ScreenedField.fileName(file.filename()));
                fields.add(ScreenedField.attachment(file.filename(), files.text(file)));
            }
            return fields;
        }
        FeeContent fee = codec.read(content, FeeContent.class);
        return Stream.of(new ScreenedField("name", fee.name()), new ScreenedField("unitOfCharge", fee.unitOfCharge()),
                        new ScreenedField("reductions", fee.reductions()), new ScreenedField("legalBasis", fee.legalBasis()),
                        new ScreenedField("approvingDocument", fee.approvingDocument()), new ScreenedField("section", fee.section()))
                .filter(field -> field.text() != null).toList();
    }

    /** The blank forms and samples that could not be read (pictures, scans): each reviewer checks them by hand. */
    @Override
    public List<ScreenedField> unreadable(CatalogueEntry entry, long revisionId) {
        return files.of(revisionId).stream().filter(file -> !file.readable())
                .map(file -> ScreenedField.attachment(file.filename(), file.reason())).toList();
    }

    @Override
    public Set<String> publishedContacts(CatalogueEntry entry, long revisionId) {
        return Set.of();
    }

    @Override
    public void requireComplete(CatalogueEntry entry, long revisionId) {
        if (entry.kind() == EntryKind.ITEM) {
            Completeness completeness = Completeness.of(codec.read(revision(revisionId).content(), ServiceItemContent.class));
            if (!completeness.complete()) {
                throw new IncompleteItemException(completeness.missing());
            }
        }
    }

    @Override
    public void show(CatalogueEntry entry) {
        publication.show(entry);
    }

    @Override
    public void hide(CatalogueEntry entry) {
        publication.hide(entry.id());
    }

    @Override
    public CatalogueRevision revision(long id) {
        return revisions.findById(id).orElseThrow();
    }
}
