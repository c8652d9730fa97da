package org.opencounty.units;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.opencounty.review.SubmissionRevision;
import org.opencounty.units.internal.ContactsJson;

/** One version of a unit's profile (修订版本) with its registered contacts. Every revision is kept. */
@Entity
@Table(name = "unit_profile_revision")
public class ProfileRevision extends SubmissionRevision {

    private Long unitId;
    @Embedded
    private ProfileText text;
    @Convert(converter = ContactsJson.class)
    private List<Contact> contacts;

    protected ProfileRevision() {
    }

    ProfileRevision(long unitId, int number, UnitProfile profile, String author, Instant now) {
        super(number, author, now);
        this.unitId = unitId;
        rewrite(profile, author, now);
    }

    void rewrite(UnitProfile profile, String author, Instant now) {
        this.text = ProfileText.of(profile);
        this.contacts = profile.contacts();
        writtenBy(author, now);
    }

    public UnitProfile profile() {
        return text.withContacts(contacts);
    }

    public Long unitId() { return unitId; }
}
