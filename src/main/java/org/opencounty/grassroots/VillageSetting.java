package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How the law's timing applies to one village: busy finance (财务往来较多: monthly) and since when it is held to it. */
@Entity
@Table(name = "village_setting")
public class VillageSetting {

    @Id
    private Long unitId;
    private boolean busyFinance;
    private LocalDate disclosureSince;

    protected VillageSetting() {
    }

    public VillageSetting(long unitId, boolean busyFinance, LocalDate disclosureSince) {
        this.unitId = unitId;
        this.busyFinance = busyFinance;
        this.disclosureSince = disclosureSince;
    }

    public Long unitId() { return unitId; }
    public boolean busyFinance() { return busyFinance; }
    public LocalDate disclosureSince() { return disclosureSince; }
}
