package org.opencounty.supervision;

/**
 * Signals about messages and disclosure requests (docs/interaction.md): near the reply limit, past it, and a message
 * unanswered long enough to be flagged well before the three months of the 互动回应差 single veto (STANDARDS.md §2.2);
 * and a 差评 whose 回访 and rectification are past their due date (STANDARDS.md §6).
 */
public enum InteractionSignalType {
    NEAR_DUE("即将到期"),
    OVERDUE("已超期"),
    LONG_UNANSWERED("长期未答复"),
    FOLLOW_UP_OVERDUE("差评回访整改超期");

    private final String label;

    InteractionSignalType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
