package org.opencounty.units;

final class Text {

    private Text() {
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
