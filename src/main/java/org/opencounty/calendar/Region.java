package org.opencounty.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Whose holidays apply: the national arrangement only, or Xinjiang's regional holidays on top of it. */
public enum Region {
    CN("全国"),
    XJ("新疆维吾尔自治区");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The data that applies here, most specific first: on a date listed both nationally and regionally,
     * the regional government's arrangement is the one its offices keep.
     */
    public List<Region> layers() {
        return this == XJ ? List.of(XJ, CN) : List.of(CN);
    }

    /** The region for a code such as {@code XJ} (any case); empty for anything else. */
    public static Optional<Region> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(region -> region.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
