package org.opencounty.coordination;

import java.util.List;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.coordination.internal.CircularRevisionRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * Circulars as a kind of submission: the center's editors write them (not a unit's officer), the center's leader
 * approves at the leader's step; screening reads the title and the body. Issuing is the circulars' own step after the
 * leader's approval ({@link Circulars#issue}), so the chain's center step is never taken and nothing is "shown".
 */
@Component
class CircularKind implements SubmissionKind<Circular> {

    private static final Names NAMES = new Names("circular", "该通报", "coord_circular_revision");

    private final CircularRevisionRepository revisions;

    CircularKind(CircularRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public boolean mayWrite(Actor actor, Circular subject, ReviewPermissions permissions) {
        return Circulars.mayDraft(actor, subject.siteId());
    }

    @Override
    public List<ScreenedField> screenedFields(Circular subject, long revisionId) {
        CircularRevision revision = revision(revisionId);
        return List.of(new ScreenedField("title", revision.title()), new ScreenedField("body", revision.body()));
    }

    @Override
    public Set<String> publishedContacts(Circular subject, long revisionId) {
        return Set.of();
    }

    @Override
    public CircularRevision revision(long revisionId) {
        return revisions.findById(revisionId).orElseThrow();
    }

    @Override
    public void show(Circular subject) {
    }

    static boolean drafter(Actor actor) {
        return actor.has(Role.CENTER_EDITOR) || actor.has(Role.CENTER_ADMIN);
    }
}
