package org.opencounty.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencounty.review.SubmissionEntity;

/**
 * An article (信息) of a unit in one category, going through the review chain. Every step and edit moves the version
 * on, so an editor holding an older one is refused.
 */
@Entity
@Table(name = "article")
public class Article extends SubmissionEntity {

    private String category;
    private String indexNumber;

    protected Article() {
    }

    Article(long siteId, long unitId, Category category, String createdBy, Instant now) {
        super(siteId, unitId, createdBy, now);
        this.category = category.code();
    }

    @Override
    protected String target() {
        return "article:" + id();
    }

    /** The 索引号 is given at the first approval (or import) and never changes. */
    void assignIndexNumber(String number) {
        if (indexNumber == null) {
            indexNumber = number;
        }
    }

    /** The category of the working revision (fixed once the article has an index number). */
    void categorise(Category category) {
        this.category = category.code();
    }

    public Category category() { return Category.byCode(category).orElseThrow(); }
    public String indexNumber() { return indexNumber; }
}
