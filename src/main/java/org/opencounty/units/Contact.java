package org.opencounty.units;

/** A registered contact of a unit. */
public record Contact(ContactRole role, String name, String post, String phone, String email) {

    public Contact {
        name = Text.clean(name);
        post = Text.clean(post);
        phone = Text.clean(phone);
        email = Text.clean(email);
    }
}
