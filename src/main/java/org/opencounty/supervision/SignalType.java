package org.opencounty.supervision;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a signal says about an application. The first three are the colour signals of 预警纠错 (STANDARDS.md §5);
 * the others name a breach of the triggers list (法定时限, 环节超时, 无法律依据不予受理, 超标准收费, 受理超时).
 */
public enum SignalType {
    WARNING("预警", true),
    YELLOW("黄牌", true),
    RED("红牌", true),
    STATUTORY_OVERDUE("超法定时限", true),
    STEP_OVERDUE("环节超时", true),
    NO_LEGAL_BASIS("不予受理无法律依据", false),
    FEE_ABOVE_STANDARD("超标准收费", false),
    ACCEPTANCE_OVERDUE("受理超时", true);

    private final String label;
    private final boolean timeLimit;

    SignalType(String label, boolean timeLimit) {
        this.label = label;
        this.timeLimit = timeLimit;
    }

    public String label() {
        return label;
    }

    /** True for signals about a time limit: they are never issued while the case's clock is suspended. */
    public boolean timeLimit() {
        return timeLimit;
    }

    /** The type for a code such as {@code YELLOW} (any case); empty for anything else. */
    public static Optional<SignalType> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
