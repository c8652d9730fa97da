package org.opencounty.grassroots;

import java.util.List;
import java.util.Set;
import org.opencounty.grassroots.internal.CommunityNoticeRevisionRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * Community notices as a kind of submission: the community's officer writes, its director approves, its township
 * publishes (ADR 0020); screened at submission and again at publication. The portal reads the live revision.
 */
@Component
class CommunityNoticeKind implements SubmissionKind<CommunityNotice> {

    static final Names NAMES = new Names("community.notice", "该社区通知", "community_notice_revision");

    private final CommunityNoticeRevisionRepository revisions;

    CommunityNoticeKind(CommunityNoticeRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(CommunityNotice notice, long revisionId) {
        CommunityNoticeRevision revision = revision(revisionId);
        return List.of(new ScreenedField("title", revision.title()), new ScreenedField("body", revision.body()));
    }

    @Override
    public Set<String> publishedContacts(CommunityNotice notice, long revisionId) {
        return Set.of();
    }

    @Override
    public CommunityNoticeRevision revision(long revisionId) {
        return revisions.findById(revisionId).orElseThrow();
    }

    @Override
    public void show(CommunityNotice notice) {
        // The portal reads the live revision of the row: publication has nothing to copy.
    }
}
