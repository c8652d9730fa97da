package org.opencounty.interaction;

/** Where a rating stands: a good one is just recorded; a 差评 waits for the unit's 回访, then its rectification or explanation. */
public enum RatingState {
    RECORDED("已评价"),
    FOLLOW_UP_OPEN("待回访"),
    FOLLOWED_UP("已回访，待整改或说明"),
    CLOSED("已整改或说明");

    private final String label;

    RatingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
