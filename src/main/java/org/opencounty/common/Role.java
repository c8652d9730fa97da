package org.opencounty.common;

/** Roles from the glossary. Staff hold one or more; citizens hold {@link #CITIZEN} only. */
public enum Role {
    INFO_OFFICER("信息员"),
    UNIT_LEADER("单位主要领导"),
    CASE_HANDLER("经办人"),
    CENTER_EDITOR("中心审核员"),
    CENTER_ADMIN("中心管理员"),
    SUPERVISOR("监察督查"),
    CITIZEN("公众用户");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Center roles see all units of their site. */
    public boolean isCenterWide() {
        return this == CENTER_EDITOR || this == CENTER_ADMIN || this == SUPERVISOR;
    }

    public boolean isStaff() {
        return this != CITIZEN;
    }
}
