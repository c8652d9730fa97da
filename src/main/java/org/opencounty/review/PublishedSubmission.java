package org.opencounty.review;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What every kind's live read model (published_article, published_entry, …) keeps of its submission: whose it is
 * and which revision is shown. Written when the submission goes live, deleted when it is withdrawn, so that nothing
 * unpublished can ever be listed, served or found.
 */
@MappedSuperclass
public abstract class PublishedSubmission {

    @GenericField
    private Long siteId;
    private Long unitId;
    @KeywordField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String unitCode;
    private String unitName;
    private Long revisionId;

    protected PublishedSubmission() {
    }

    protected PublishedSubmission(SubmissionEntity submission, long revisionId, String unitCode, String unitName) {
        this.siteId = submission.siteId();
        this.unitId = submission.unitId();
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.revisionId = revisionId;
    }

    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String unitName() { return unitName; }
    public Long revisionId() { return revisionId; }
}
