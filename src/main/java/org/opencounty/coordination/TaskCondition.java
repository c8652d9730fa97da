package org.opencounty.coordination;

import org.opencounty.content.Category;
import org.opencounty.units.ContactRole;

/**
 * A fact that fulfils a task: its kind, and the kind's parameters (how many contacts of which role; how many articles
 * in which column). Parameters a kind does not use are null.
 */
public record TaskCondition(ConditionKind kind, Integer count, ContactRole role, Category column) {

    /** As the pages say it: 登记联系人（信息员）不少于 2 人. */
    public String describe() {
        return switch (kind) {
            case CONTACTS -> "登记联系人（" + role.label() + "）不少于 " + count + " 人";
            case ARTICLES -> "任务下达后在“" + column.title() + "”栏目发布信息不少于 " + count + " 条";
            default -> kind.label();
        };
    }
}
