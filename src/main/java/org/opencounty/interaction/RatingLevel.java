package org.opencounty.interaction;

/** The five levels of 好差评 (STANDARDS.md §6); the two lowest are 差评 and open a follow-up. */
public enum RatingLevel {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 差评: the two lowest levels. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
