package org.opencounty.documents;

import java.util.Arrays;
import java.util.Optional;

/** 公开属性 of a document (政府信息公开条例 art. 14-16, 19-20): not-public needs a written reason. */
public enum Disclosure {
    PUBLIC("主动公开"), ON_REQUEST("依申请公开"), NOT_PUBLIC("不予公开");

    private final String label;

    Disclosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Disclosure> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String clean = value.strip();
        return Arrays.stream(values()).filter(d -> d.name().equals(clean) || d.label.equals(clean)).findFirst();
    }
}
