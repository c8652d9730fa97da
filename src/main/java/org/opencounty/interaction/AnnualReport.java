package org.opencounty.interaction;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.review.SubmissionEntity;

/**
 * A unit's annual report on government information disclosure for one year (the county's own is the site's
 * government's): written by the unit's officer, approved by its leader, published by the center on the review chain,
 * due by the legal date it was created with.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends SubmissionEntity {

    private int year;
    private LocalDate dueOn;
    private Long articleId;

    protected AnnualReport() {
    }

    AnnualReport(long siteId, long unitId, int year, LocalDate dueOn, String by, Instant now) {
        super(siteId, unitId, by, now);
        this.year = year;
        this.dueOn = dueOn;
    }

    @Override
    protected String target() {
        return "annual-report:" + (id() == null ? "unit-" + unitId() + "-" + year : id());
    }

    void publishedAs(long articleId) {
        this.articleId = articleId;
    }

    public int year() { return year; }
    public LocalDate dueOn() { return dueOn; }
    public Long articleId() { return articleId; }
}
