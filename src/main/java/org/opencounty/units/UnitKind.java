package org.opencounty.units;

public enum UnitKind {
    COUNTY("自治县"),
    TOWNSHIP("乡（镇）"),
    FARM("农牧场区"),
    DEPARTMENT("部门"),
    SUBORDINATE("下属单位"),
    VILLAGE("村"),
    COMMUNITY("社区");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
