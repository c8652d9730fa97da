package org.opencounty.coordination;

import java.util.Arrays;
import java.util.Optional;

/** The facts the platform already knows by which a task is fulfilled without a report. */
public enum ConditionKind {
    PROFILE_PUBLISHED("单位概况已发布"),
    CONTACTS("登记联系人达到规定人数"),
    GUIDES_COMPLETE("本单位办事指南全部要素完整"),
    ARTICLES("任务下达后在指定栏目发布信息达到规定条数"),
    EXTRANET_CONNECTED("已接入电子政务外网");

    private final String label;

    ConditionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ConditionKind> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
