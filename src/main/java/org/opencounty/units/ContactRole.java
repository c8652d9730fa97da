package org.opencounty.units;

/** The contacts every unit registers with the center (notice 2013-38, part three (三)). */
public enum ContactRole {
    PRINCIPAL_LEADER("主要负责人"),
    DEPUTY_IN_CHARGE("分管电子政务副职领导"),
    INFO_OFFICER("信息员");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
