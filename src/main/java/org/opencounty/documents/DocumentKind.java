package org.opencounty.documents;

import java.util.Arrays;
import java.util.Optional;

/** The fifteen kinds of official document (文种) of 党政机关公文处理工作条例 art. 8. */
public enum DocumentKind {
    RESOLUTION("决议"), DECISION("决定"), ORDER("命令"), COMMUNIQUE("公报"), ANNOUNCEMENT("公告"), PUBLIC_NOTICE("通告"),
    OPINION("意见"), NOTICE("通知"), CIRCULAR("通报"), REPORT("报告"), REQUEST("请示"), REPLY("批复"), MOTION("议案"),
    LETTER("函"), MINUTES("纪要");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 上行文 (to a higher organ) print their 签发人 in the 版头 (GB/T 9704-2012 7.2.4). */
    public boolean upward() {
        return this == REPORT || this == REQUEST;
    }

    /** By its Chinese name (通知) or its constant (NOTICE); 令 is 命令. */
    public static Optional<DocumentKind> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String clean = name.strip();
        if (clean.equals("令") || clean.equals("命令（令）")) {
            return Optional.of(ORDER);
        }
        return Arrays.stream(values()).filter(kind -> kind.label.equals(clean) || kind.name().equals(clean)).findFirst();
    }
}
