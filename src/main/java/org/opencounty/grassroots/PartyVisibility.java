package org.opencounty.grassroots;

/** To whom a party item is published: the organisation's members only (党内公开), or everyone (向社会公开). */
public enum PartyVisibility {
    INTERNAL("党内公开"), PUBLIC("向社会公开");

    private final String label;

    PartyVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
