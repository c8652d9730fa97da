package org.opencounty.interaction;

/**
 * The fields of 条例 art. 29: who asks (a natural person, or a legal person or other organisation and its kind, for
 * the annual report's columns), the identity document, contact, a description of the information and the form of
 * provision; {@code unit} is the agency asked (its code).
 */
public record DisclosureForm(String unit, String applicantType, String organisationKind, String name, String idType, String idNumber,
                             String phone, String address, String description, String form) {

    public DisclosureForm {
        unit = trim(unit);
        applicantType = trim(applicantType);
        organisationKind = trim(organisationKind);
        name = trim(name);
        idType = trim(idType);
        idNumber = trim(idNumber).toUpperCase(java.util.Locale.ROOT);
        phone = trim(phone);
        address = trim(address);
        description = description == null ? "" : description.strip();
        form = trim(form);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
