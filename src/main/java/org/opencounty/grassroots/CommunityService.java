package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One entry of a community's 便民服务 directory: what, where, how to call, when open. */
@Entity
@Table(name = "community_service")
public class CommunityService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    private String category;
    private String name;
    private String address;
    private String phone;
    private String hours;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected CommunityService() {
    }

    CommunityService(long siteId, long unitId, String category, String name, String address, String phone, String hours,
                     String createdBy, Instant createdAt) {
        this.siteId = siteId;
        this.unitId = unitId;
        this.category = category;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.hours = hours;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void rewrite(String category, String name, String address, String phone, String hours, String by, Instant at) {
        this.category = category;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.hours = hours;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public String category() { return category; }
    public String name() { return name; }
    public String address() { return address; }
    public String phone() { return phone; }
    public String hours() { return hours; }
}
