package org.opencounty.grassroots;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The level of a unit of kind PARTY_ORGANISATION; one without a row is a 党支部. */
@Entity
@Table(name = "party_organisation")
public class PartyOrganisation {

    @Id
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private PartyLevel level;

    protected PartyOrganisation() {
    }

    public PartyOrganisation(long unitId, PartyLevel level) {
        this.unitId = unitId;
        this.level = level;
    }

    public Long unitId() { return unitId; }
    public PartyLevel level() { return level; }
}
