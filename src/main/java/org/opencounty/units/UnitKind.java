package org.opencounty.units;

public enum UnitKind {
    COUNTY("自治县"),
    TOWNSHIP("乡（镇）"),
    FARM("农牧场区"),
    DEPARTMENT("部门"),
    SUBORDINATE("下属单位"),
    VILLAGE("村"),
    COMMUNITY("社区"),
    /** 党委, 党总支 or 党支部, placed under the unit or village it is attached to. */
    PARTY_ORGANISATION("党组织");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Villages and communities: their township, not the county's center, takes the second review step (ADR 0020). */
    public boolean isGrassroots() {
        return this == VILLAGE || this == COMMUNITY;
    }
}
