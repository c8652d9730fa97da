package org.opencounty.extranet;

import java.util.Arrays;
import java.util.Optional;

/** Where a unit's connection to the 电子政务外网 stands, in the order it gets there. */
public enum ExtranetStatus {
    NOT_APPLIED("未申请"), APPLIED("已申请"), UNDER_CONSTRUCTION("施工中"), CONNECTED("已接通"), ACCEPTED("已验收");

    private final String label;

    ExtranetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Connected (已接通 or 已验收): the notice's requirement is met. */
    public boolean connected() {
        return this == CONNECTED || this == ACCEPTED;
    }

    public static Optional<ExtranetStatus> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String clean = value.strip();
        return Arrays.stream(values()).filter(s -> s.name().equals(clean) || s.label.equals(clean)).findFirst();
    }
}
