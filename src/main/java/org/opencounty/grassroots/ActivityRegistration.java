package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A citizen's place in a volunteer activity; a cancelled one is kept with its time. */
@Entity
@Table(name = "activity_registration")
public class ActivityRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long activityId;
    private Long accountId;
    private Instant registeredAt;
    private Instant cancelledAt;

    protected ActivityRegistration() {
    }

    ActivityRegistration(long activityId, long accountId, Instant registeredAt) {
        this.activityId = activityId;
        this.accountId = accountId;
        this.registeredAt = registeredAt;
    }

    void cancel(Instant at) {
        this.cancelledAt = at;
    }

    public Long id() { return id; }
    public Long activityId() { return activityId; }
    public Long accountId() { return accountId; }
    public Instant registeredAt() { return registeredAt; }
    public Instant cancelledAt() { return cancelledAt; }
}
