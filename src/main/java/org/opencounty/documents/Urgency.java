package org.opencounty.documents;

import java.util.Arrays;
import java.util.Optional;

/** 紧急程度 (条例 art. 9): 特急 and 加急 are printed in the 版头; an urgent document is signed for sooner. */
public enum Urgency {
    NONE(""), URGENT("加急"), VERY_URGENT("特急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By constant or Chinese name; blank is {@link #NONE}. */
    public static Optional<Urgency> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NONE);
        }
        String clean = value.strip();
        return Arrays.stream(values()).filter(u -> u.name().equals(clean) || (!u.label.isEmpty() && u.label.equals(clean))).findFirst();
    }
}
