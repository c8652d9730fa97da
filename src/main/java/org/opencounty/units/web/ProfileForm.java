package org.opencounty.units.web;

import java.util.ArrayList;
import java.util.List;
import org.opencounty.units.Contact;
import org.opencounty.units.ContactRole;
import org.opencounty.units.UnitProfile;

/** The unit-profile form as posted; empty contact rows are the spare lines the form offers and are dropped. */
public class ProfileForm {

    public static class ContactRow {
        private String role = "";
        private String name = "";
        private String post = "";
        private String phone = "";
        private String email = "";

        public ContactRow() {
        }

        ContactRow(Contact contact) {
            role = contact.role().name();
            name = contact.name();
            post = contact.post();
            phone = contact.phone();
            email = contact.email();
        }

        boolean blank() {
            return (name == null || name.isBlank()) && (phone == null || phone.isBlank()) && (email == null || email.isBlank());
        }

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPost() { return post; }
        public void setPost(String post) { this.post = post; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    static final int SPARE_ROWS = 2;

    private long version;
    private String organisation = "";
    private String duties = "";
    private String leaderName = "";
    private String address = "";
    private String phone = "";
    private String email = "";
    private String officeHours = "";
    private List<ContactRow> contacts = new ArrayList<>();

    public ProfileForm() {
    }

    /** The form filled with what the unit is working on (else what is live), to be saved against {@code version}. */
    static ProfileForm of(UnitProfile profile, long version) {
        ProfileForm form = new ProfileForm();
        form.version = version;
        form.organisation = profile.organisation();
        form.duties = profile.duties();
        form.leaderName = profile.leaderName();
        form.address = profile.address();
        form.phone = profile.phone();
        form.email = profile.email();
        form.officeHours = profile.officeHours();
        profile.contacts().forEach(contact -> form.contacts.add(new ContactRow(contact)));
        return form.withSpareRows();
    }

    ProfileForm withSpareRows() {
        contacts.removeIf(ContactRow::blank);
        for (int i = 0; i < SPARE_ROWS; i++) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    UnitProfile toProfile() {
        List<Contact> filled = contacts.stream().filter(row -> !row.blank())
                .map(row -> new Contact(parseRole(row.role), row.name, row.post, row.phone, row.email)).toList();
        return new UnitProfile(organisation, duties, leaderName, address, phone, email, officeHours, filled);
    }

    private static ContactRole parseRole(String role) {
        try {
            return role == null || role.isBlank() ? null : ContactRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A text field by name, for the form template's loop over fields. */
    public static String field(ProfileForm form, String name) {
        return switch (name) {
            case "organisation" -> form.organisation;
            case "duties" -> form.duties;
            case "leaderName" -> form.leaderName;
            case "address" -> form.address;
            case "phone" -> form.phone;
            case "email" -> form.email;
            case "officeHours" -> form.officeHours;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
    public List<ContactRow> getContacts() { return contacts; }
    public void setContacts(List<ContactRow> contacts) { this.contacts = contacts; }
}
