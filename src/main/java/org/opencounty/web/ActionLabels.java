package org.opencounty.web;

import java.util.Map;

/** The Chinese names of the actions that histories record, for the pages that show them. */
public final class ActionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("create", "新建"), Map.entry("edit", "修改"), Map.entry("attach", "上传附件"), Map.entry("submit", "报送"),
            Map.entry("approve", "审核通过"), Map.entry("return", "退回"), Map.entry("withdraw", "撤回"), Map.entry("publish", "发布"),
            Map.entry("import", "导入"), Map.entry("start", "填写申请"), Map.entry("resubmit", "补正后重新提交"), Map.entry("accept", "受理"),
            Map.entry("request-correction", "告知补正"), Map.entry("reject", "不予受理"), Map.entry("advance", "进入下一环节"),
            Map.entry("suspend", "暂停计时"), Map.entry("resume", "恢复计时"), Map.entry("extend", "延长期限"), Map.entry("decide", "作出决定"),
            Map.entry("complete", "办结"), Map.entry("deemed-accept", "视为受理"));

    private ActionLabels() {
    }

    public static String of(String action) {
        return LABELS.getOrDefault(action, action);
    }
}
