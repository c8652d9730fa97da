package org.opencounty.common;

/** Roles from the glossary. Staff hold one or more; citizens hold {@link #CITIZEN} only. */
public enum Role {
    INFO_OFFICER("信息员"),
    UNIT_LEADER("单位主要领导"),
    CASE_HANDLER("经办人"),
    CENTER_EDITOR("中心审核员"),
    CENTER_ADMIN("中心管理员"),
    SUPERVISOR("监察督查"),
    CITIZEN("公众用户"),
    /** A township's reviewer: the second step for its villages' and communities' submissions (ADR 0020). */
    TOWNSHIP_REVIEWER("乡镇审核员"),
    /** The 村务监督委员会's member of a village: checks its finance before the leader approves. */
    VILLAGE_MONITOR("村务监督委员会成员"),
    /** A member of the party organisation that is the account's unit: reads its 党内公开 items; not staff. */
    PARTY_MEMBER("党员");

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

    /** Party members read their organisation's internal items and nothing else of the back office. */
    public boolean isStaff() {
        return this != CITIZEN && this != PARTY_MEMBER;
    }
}
