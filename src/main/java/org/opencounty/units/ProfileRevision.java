package org.opencounty.units;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.opencounty.units.internal.ContactsJson;

/** One version of a unit's profile (修订版本) with its registered contacts. Every revision is kept. */
@Entity
@Table(name = "unit_profile_revision")
public class ProfileRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private int number;
    @Embedded
    private ProfileText text;
    @Convert(converter = ContactsJson.class)
    private List<Contact> contacts;
    private String author;
    private String submittedBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected ProfileRevision() {
    }

    ProfileRevision(long unitId, int number, UnitProfile profile, String author) {
        this.unitId = unitId;
        this.number = number;
        rewrite(profile, author);
    }

    void rewrite(UnitProfile profile, String author) {
        this.text = ProfileText.of(profile);
        this.contacts = profile.contacts();
        this.author = author;
        this.updatedAt = Instant.now();
    }

    void markSubmitted(String by) {
        this.submittedBy = by;
    }

    public UnitProfile profile() {
        return text.withContacts(contacts);
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public int number() { return number; }
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public Instant updatedAt() { return updatedAt; }
}
