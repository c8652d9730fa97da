package org.opencounty.catalogue;

public enum FeeKind {
    ADMINISTRATIVE("行政事业性收费"), SERVICE("经营服务性收费");

    private final String label;

    FeeKind(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
