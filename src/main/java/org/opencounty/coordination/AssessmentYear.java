package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.opencounty.common.ConflictException;

/** One site's assessment year: open while scores follow the facts, closed once its snapshot is taken, and to whom it is published. */
@Entity
@Table(name = "assess_year")
public class AssessmentYear {

    /** Who may read the closed year's ranking beside the center and each unit its own. */
    public enum Audience { NONE, UNITS, PORTAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private int year;
    private String state = "OPEN";
    private Instant closedAt;
    private String closedBy;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Audience audience = Audience.NONE;
    private Instant publishedAt;
    private String publishedBy;
    @Version
    private long version;

    protected AssessmentYear() {
    }

    AssessmentYear(long siteId, int year) {
        this.siteId = siteId;
        this.year = year;
    }

    void close(String by, Instant at) {
        requireOpen();
        state = "CLOSED";
        closedBy = by;
        closedAt = at;
    }

    void publish(Audience to, String by, Instant at) {
        if (!closed()) {
            throw new ConflictException("YEAR_OPEN", year + "年度考核尚未结束，结束后才能公布");
        }
        audience = to;
        publishedBy = by;
        publishedAt = at;
    }

    void requireOpen() {
        if (closed()) {
            throw new ConflictException("YEAR_CLOSED", year + "年度考核已结束，成绩已固定，不能再修改");
        }
    }

    public boolean closed() { return "CLOSED".equals(state); }
    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public int year() { return year; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public Audience audience() { return audience; }
    public Instant publishedAt() { return publishedAt; }
}
