package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionRevision;

/** One version of a community notice: its title and plain text. */
@Entity
@Table(name = "community_notice_revision")
public class CommunityNoticeRevision extends SubmissionRevision {

    private Long noticeId;
    private String title;
    private String body;

    protected CommunityNoticeRevision() {
    }

    CommunityNoticeRevision(long noticeId, int number, String author, Instant now) {
        super(number, author, now);
        this.noticeId = noticeId;
    }

    void rewrite(String title, String body, String author, Instant now) {
        this.title = title;
        this.body = body;
        writtenBy(author, now);
    }

    public Long noticeId() { return noticeId; }
    public String title() { return title; }
    public String body() { return body; }
}
