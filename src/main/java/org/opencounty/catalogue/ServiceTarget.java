package org.opencounty.catalogue;

/** 服务对象: who the item is for; the portal's 个人办事 / 法人办事. */
public enum ServiceTarget {
    NATURAL("自然人"), LEGAL("法人"), BOTH("自然人、法人");

    private final String label;

    ServiceTarget(String label) {
        this.label = label;
    }

    public String label() { return label; }

    public boolean serves(ServiceTarget audience) {
        return this == BOTH || this == audience;
    }
}
