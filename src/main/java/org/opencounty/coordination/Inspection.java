package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An inspection round (督查): its name and period; its checklist and the units it inspects are rows of their own. */
@Entity
@Table(name = "coord_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private String name;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Inspection() {
    }

    Inspection(long siteId, String name, LocalDate periodFrom, LocalDate periodTo, String createdBy, Instant createdAt) {
        this.siteId = siteId;
        this.name = name;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public String name() { return name; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
