package org.opencounty.grassroots;

/** What a party organisation is: 党委, 党总支 or 党支部. */
public enum PartyLevel {
    COMMITTEE("党委"), GENERAL_BRANCH("党总支"), BRANCH("党支部");

    private final String label;

    PartyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
