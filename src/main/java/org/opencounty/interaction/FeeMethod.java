package org.opencounty.interaction;

import java.util.Arrays;
import java.util.Optional;

/** How a 信息处理费 is counted (国办函〔2020〕109号): per request (按件) or per page (按量), never both for one request. */
public enum FeeMethod {
    PER_REQUEST("按件计收"),
    PER_PAGE("按量计收");

    private final String label;

    FeeMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<FeeMethod> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(method -> method.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
