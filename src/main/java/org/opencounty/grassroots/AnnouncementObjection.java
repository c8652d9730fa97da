package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An objection (异议) to a 公示; who raised it and how to reach them is for the organisation only. */
@Entity
@Table(name = "announcement_objection")
public class AnnouncementObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long disclosureId;
    private String name;
    private String contact;
    private String objection;
    private Instant at;

    protected AnnouncementObjection() {
    }

    AnnouncementObjection(long siteId, long disclosureId, String name, String contact, String objection, Instant at) {
        this.siteId = siteId;
        this.disclosureId = disclosureId;
        this.name = name;
        this.contact = contact;
        this.objection = objection;
        this.at = at;
    }

    public Long id() { return id; }
    public Long disclosureId() { return disclosureId; }
    public String name() { return name; }
    public String contact() { return contact; }
    public String objection() { return objection; }
    public Instant at() { return at; }
}
