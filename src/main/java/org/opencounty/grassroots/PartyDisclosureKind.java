package org.opencounty.grassroots;

import java.util.List;
import java.util.Set;
import org.opencounty.grassroots.internal.PartyDisclosureRevisionRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * Party items as a kind of submission (art. 15): 提出 is the organisation's officer writing and submitting; 审核 is the
 * screening (保密审查) at submission plus its secretary's (UNIT_LEADER's) approval; 审批 is the reviewing unit's approval
 * (the township for a branch of a village or community, ADR 0020; else the center), which screens again; 实施 is
 * publication. The pages read the live revision: nothing is copied.
 */
@Component
class PartyDisclosureKind implements SubmissionKind<PartyDisclosure> {

    static final Names NAMES = new Names("party.disclosure", "该党务公开", "party_disclosure_revision");

    private final PartyDisclosureRevisionRepository revisions;

    PartyDisclosureKind(PartyDisclosureRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(PartyDisclosure disclosure, long revisionId) {
        PartyDisclosureRevision revision = revision(revisionId);
        return List.of(new ScreenedField("title", revision.title()), new ScreenedField("body", revision.body()));
    }

    @Override
    public Set<String> publishedContacts(PartyDisclosure disclosure, long revisionId) {
        return Set.of();
    }

    @Override
    public PartyDisclosureRevision revision(long revisionId) {
        return revisions.findById(revisionId).orElseThrow();
    }

    /**
     * Reads the revisions in one statement into the caller's transaction, so that {@link #revision} finds them there
     * instead of reading one a row (lists, the dashboard).
     */
    void load(java.util.Collection<Long> revisionIds) {
        if (!revisionIds.isEmpty()) {
            revisions.findAllById(revisionIds);
        }
    }

    @Override
    public void show(PartyDisclosure disclosure) {
        // The pages read the live revision of the row: publication has nothing to copy.
    }
}
