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
    private String notice;
    private String volunteerName;
    private String volunteerUsername;

    protected ActivityRegistration() {
    }

    ActivityRegistration(long activityId, long accountId, String volunteerName, String volunteerUsername, Instant registeredAt) {
        this.volunteerName = volunteerName;
        this.volunteerUsername = volunteerUsername;
        this.activityId = activityId;
        this.accountId = accountId;
        this.registeredAt = registeredAt;
    }

    void cancel(Instant at) {
        this.cancelledAt = at;
    }

    /** The community's notice to the volunteer (the activity was cancelled, and why). */
    void leaveNotice(String text) {
        this.notice = text;
    }

    public Long id() { return id; }
    public String notice() { return notice; }
    public String volunteerName() { return volunteerName; }
    public String volunteerUsername() { return volunteerUsername; }
    public Long activityId() { return activityId; }
    public Long accountId() { return accountId; }
    public Instant registeredAt() { return registeredAt; }
    public Instant cancelledAt() { return cancelledAt; }
}
