package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionEntity;

/** A community's notice to its residents (社区通知), going through the review chain to its township (ADR 0020). */
@Entity
@Table(name = "community_notice")
public class CommunityNotice extends SubmissionEntity {

    protected CommunityNotice() {
    }

    CommunityNotice(long siteId, long unitId, String createdBy, Instant now) {
        super(siteId, unitId, createdBy, now);
    }

    @Override
    protected String target() {
        return "community-notice:" + id();
    }
}
