package org.opencounty.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencounty.coordination.internal.RectificationFiles;
import org.opencounty.coordination.internal.RectificationRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * A unit's rectification of a finding as a kind of submission: the officer writes it and attaches evidence, the unit's
 * leader approves; screening reads the text, the files' names and what was read from them. The inspector's closing or
 * reopening is the inspection's own step after the leader's ({@link Inspections#close}), as a circular's issue is,
 * because the inspector may be a supervisor rather than the center's editor. Nothing is shown on the portal.
 */
@Component
class RectificationKind implements SubmissionKind<Finding> {

    private static final Names NAMES = new Names("inspection.rectification", "该整改报告", "coord_rectification");

    private final RectificationRepository rectifications;
    private final RectificationFiles files;

    RectificationKind(RectificationRepository rectifications, RectificationFiles files) {
        this.rectifications = rectifications;
        this.files = files;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(Finding subject, long revisionId) {
        List<ScreenedField> fields = new ArrayList<>(List.of(new ScreenedField("text", revision(revisionId).text())));
        for (EvidenceFile file : files.of(revisionId)) {
            fields.add(ScreenedField.fileName(file.filename()));
            if (file.readable()) {
                fields.add(ScreenedField.attachment(file.filename(), file.text()));
            }
        }
        return fields;
    }

    @Override
    public List<ScreenedField> unreadable(Finding subject, long revisionId) {
        return files.of(revisionId).stream().filter(file -> !file.readable())
                .map(file -> ScreenedField.attachment(file.filename(), file.reason())).toList();
    }

    @Override
    public Set<String> publishedContacts(Finding subject, long revisionId) {
        return Set.of();
    }

    @Override
    public Rectification revision(long revisionId) {
        return rectifications.findById(revisionId).orElseThrow();
    }

    /** The evidence of the revision, oldest first. */
    List<EvidenceFile> files(Long revisionId) {
        return revisionId == null ? List.of() : files.of(revisionId);
    }

    @Override
    public void show(Finding subject) {
        // Closing is the inspector's step; nothing goes to the portal.
    }
}
