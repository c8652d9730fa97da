package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionEntity;

/**
 * A circular (通报) of the center: drafted from the data, approved by the center's leader on the review chain, then
 * issued with its 文号 to the units (who sign for it) or to the portal (as an article in 通知公告).
 */
@Entity
@Table(name = "coord_circular")
public class Circular extends SubmissionEntity {

    /** Where an issued circular went. */
    public enum Audience { INTERNAL, PUBLIC }

    private String source;
    private String number;
    private Integer numberYear;
    private Integer numberSequence;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private Instant issuedAt;
    private String issuedBy;
    private Long articleId;

    protected Circular() {
    }

    Circular(long siteId, long unitId, String source, String by, Instant now) {
        super(siteId, unitId, by, now);
        this.source = source;
    }

    @Override
    protected String target() {
        return "circular:" + id();
    }

    void issue(String number, int year, int sequence, Audience audience, String by, Instant at) {
        this.number = number;
        this.numberYear = year;
        this.numberSequence = sequence;
        this.audience = audience;
        this.issuedBy = by;
        this.issuedAt = at;
    }

    void publishedAs(long articleId) {
        this.articleId = articleId;
    }

    public boolean issued() { return issuedAt != null; }
    public String source() { return source; }
    public String number() { return number; }
    public Audience audience() { return audience; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
    public Long articleId() { return articleId; }
}
