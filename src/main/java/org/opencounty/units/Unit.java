package org.opencounty.units;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A 单位: any organisation that submits information. Units form a tree within their site. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private Long parentId;
    private int sortOrder;
    private String organisation = "";
    private String duties = "";
    private String leaderName = "";
    private String address = "";
    private String phone = "";
    private String email = "";
    private String officeHours = "";
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected Unit() {
    }

    Unit(long siteId, String code, String name, UnitKind kind, Long parentId, int sortOrder) {
        this.siteId = siteId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    void describe(String name, UnitKind kind, Long parentId, int sortOrder) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
        this.updatedAt = Instant.now();
    }

    void applyProfile(UnitProfile profile) {
        this.organisation = profile.organisation();
        this.duties = profile.duties();
        this.leaderName = profile.leaderName();
        this.address = profile.address();
        this.phone = profile.phone();
        this.email = profile.email();
        this.officeHours = profile.officeHours();
        this.updatedAt = Instant.now();
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public String code() { return code; }
    public String name() { return name; }
    public UnitKind kind() { return kind; }
    public Long parentId() { return parentId; }
    public int sortOrder() { return sortOrder; }
    public String organisation() { return organisation; }
    public String duties() { return duties; }
    public String leaderName() { return leaderName; }
    public String address() { return address; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String officeHours() { return officeHours; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
