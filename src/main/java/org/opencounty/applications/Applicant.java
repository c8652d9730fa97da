package org.opencounty.applications;

/** Who applies: a person, or a person for an organisation. */
public record Applicant(String name, String phone, String email, String organisation) {

    public Applicant {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        organisation = organisation == null ? "" : organisation.strip();
    }
}
