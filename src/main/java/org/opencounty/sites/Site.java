package org.opencounty.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county site (one {@code County}) hosted on this platform, with its identification for the footer and meta tags. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String domain;
    @Column(name = "site_id_code")
    private String siteIdCode;
    private String icpNumber = "";
    private String psbNumber = "";
    private String organiser = "";
    private String organiserContact = "";
    @Column(name = "is_default")
    private boolean defaultSite;

    protected Site() {
    }

    public Site(String code, String name, String domain, String siteIdCode, boolean defaultSite) {
        this.code = code;
        this.name = name;
        this.domain = domain;
        this.siteIdCode = siteIdCode;
        this.defaultSite = defaultSite;
    }

    public void identify(String name, String domain, String siteIdCode, String icpNumber, String psbNumber,
                         String organiser, String organiserContact) {
        this.name = name;
        this.domain = domain;
        this.siteIdCode = siteIdCode;
        this.icpNumber = icpNumber;
        this.psbNumber = psbNumber;
        this.organiser = organiser;
        this.organiserContact = organiserContact;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String domain() { return domain; }
    public String siteIdCode() { return siteIdCode; }
    public String icpNumber() { return icpNumber; }
    public String psbNumber() { return psbNumber; }
    public String organiser() { return organiser; }
    public String organiserContact() { return organiserContact; }
    public boolean isDefault() { return defaultSite; }
}
