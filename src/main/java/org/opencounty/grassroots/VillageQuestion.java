package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A villager's question (质询) on a published disclosure and the village's public answer. */
@Entity
@Table(name = "village_question")
public class VillageQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long disclosureId;
    private String askerName;
    private String askerContact;
    private String question;
    private Instant askedAt;
    private LocalDate dueOn;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private long version;

    protected VillageQuestion() {
    }

    VillageQuestion(long siteId, long disclosureId, String askerName, String askerContact, String question, Instant askedAt,
                    LocalDate dueOn) {
        this.siteId = siteId;
        this.disclosureId = disclosureId;
        this.askerName = askerName;
        this.askerContact = askerContact;
        this.question = question;
        this.askedAt = askedAt;
        this.dueOn = dueOn;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long disclosureId() { return disclosureId; }
    public String askerName() { return askerName; }
    /** For the village only, never shown publicly. */
    public String askerContact() { return askerContact; }
    public String question() { return question; }
    public Instant askedAt() { return askedAt; }
    public LocalDate dueOn() { return dueOn; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public long version() { return version; }
    public boolean answered() { return answer != null; }

    /** Unanswered after its due day, or answered after it. */
    public boolean overdue(LocalDate today) {
        LocalDate answeredOn = answeredAt == null ? null : LocalDate.ofInstant(answeredAt, org.opencounty.common.TimeConfiguration.CHINA);
        return answeredOn == null ? today.isAfter(dueOn) : answeredOn.isAfter(dueOn);
    }
}
