package org.opencounty.units;

import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The public fields of a profile as stored: on the unit (what is live) and on each revision (what was written). One
 * class for both, so that publishing a revision copies exactly what was reviewed.
 */
@Embeddable
class ProfileText {

    private String organisation = "";
    private String duties = "";
    private String leaderName = "";
    private String address = "";
    private String phone = "";
    private String email = "";
    private String officeHours = "";

    protected ProfileText() {
    }

    static ProfileText of(UnitProfile profile) {
        ProfileText text = new ProfileText();
        text.organisation = profile.organisation();
        text.duties = profile.duties();
        text.leaderName = profile.leaderName();
        text.address = profile.address();
        text.phone = profile.phone();
        text.email = profile.email();
        text.officeHours = profile.officeHours();
        return text;
    }

    UnitProfile withContacts(List<Contact> contacts) {
        return new UnitProfile(organisation, duties, leaderName, address, phone, email, officeHours, contacts);
    }

    String organisation() { return organisation; }
    String duties() { return duties; }
    String leaderName() { return leaderName; }
    String address() { return address; }
    String phone() { return phone; }
    String email() { return email; }
    String officeHours() { return officeHours; }
}
