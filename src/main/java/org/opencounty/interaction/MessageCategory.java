package org.opencounty.interaction;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of message a visitor leaves (政民互动); who may leave one anonymously follows from the kind. */
public enum MessageCategory {
    CONSULT("咨询", true),
    COMPLAINT("投诉", false),
    SUGGESTION("建议", true),
    ERROR_REPORT("找错", true),
    LEADER_MAILBOX("领导信箱", false);

    private final String label;
    private final boolean anonymousAllowed;

    MessageCategory(String label, boolean anonymousAllowed) {
        this.label = label;
        this.anonymousAllowed = anonymousAllowed;
    }

    public String label() {
        return label;
    }

    /** False where the unit must be able to reach the writer: a signed-in citizen, or a name and a phone number. */
    public boolean anonymousAllowed() {
        return anonymousAllowed;
    }

    public static Optional<MessageCategory> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(category -> category.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
