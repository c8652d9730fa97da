package org.opencounty.units;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit_contact")
public class UnitContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private ContactRole role;
    private String name;
    private String post;
    private String phone;
    private String email;
    private int sortOrder;

    protected UnitContact() {
    }

    UnitContact(Long unitId, Contact contact, int sortOrder) {
        this.unitId = unitId;
        this.role = contact.role();
        this.name = contact.name();
        this.post = contact.post();
        this.phone = contact.phone();
        this.email = contact.email();
        this.sortOrder = sortOrder;
    }

    public Contact toContact() {
        return new Contact(role, name, post, phone, email);
    }

    public ContactRole role() { return role; }
    public int sortOrder() { return sortOrder; }
}
