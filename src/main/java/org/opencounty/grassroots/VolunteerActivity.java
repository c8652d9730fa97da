package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A community's volunteer activity with a capacity; {@code registered} counts the live registrations and is moved only
 * by one conditional update each (never read-modify-write), so that concurrent sign-ups cannot exceed the capacity.
 */
@Entity
@Table(name = "volunteer_activity")
public class VolunteerActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    private String title;
    private String description;
    private String place;
    private Instant startsAt;
    private Instant endsAt;
    private Instant cancelledAt;
    private String cancelledBy;
    private String cancelReason;
    private int capacity;
    private int registered;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected VolunteerActivity() {
    }

    VolunteerActivity(long siteId, long unitId, String title, String description, String place, Instant startsAt, Instant endsAt,
                      int capacity, String createdBy, Instant createdAt) {
        this.endsAt = endsAt;
        this.siteId = siteId;
        this.unitId = unitId;
        this.title = title;
        this.description = description;
        this.place = place;
        this.startsAt = startsAt;
        this.capacity = capacity;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void cancel(String by, Instant at, String reason) {
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    public Long id() { return id; }
    /** When it ends; null when only its start was announced. */
    public Instant endsAt() { return endsAt; }
    public boolean cancelled() { return cancelledAt != null; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public String title() { return title; }
    public String description() { return description; }
    public String place() { return place; }
    public Instant startsAt() { return startsAt; }
    public int capacity() { return capacity; }
    public int registered() { return registered; }
    public boolean full() { return registered >= capacity; }
    /** Open for sign-up: not cancelled and not full (whether it has started is the clock's question). */
    public boolean open() { return !cancelled() && !full(); }
    public long version() { return version; }
}
