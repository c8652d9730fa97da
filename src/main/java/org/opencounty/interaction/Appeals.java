package org.opencounty.interaction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 四 of the annual report (政府信息公开行政复议、行政诉讼情况, 2021 format): 行政复议, and 行政诉讼 未经复议直接起诉 and
 * 复议后起诉, each with 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计 — entered by hand, the platform does not know them.
 */
public record Appeals(Outcomes reconsideration, Outcomes direct, Outcomes afterReconsideration) {

    public static final Appeals NONE = new Appeals(Outcomes.NONE, Outcomes.NONE, Outcomes.NONE);

    /** One group's five columns; 总计 is the sum of the other four. */
    public record Outcomes(long upheld, long corrected, long other, long pending, long total) {

        public static final Outcomes NONE = new Outcomes(0, 0, 0, 0, 0);

        boolean addsUp() {
            return upheld + corrected + other + pending == total;
        }

        boolean negative() {
            return upheld < 0 || corrected < 0 || other < 0 || pending < 0 || total < 0;
        }
    }

    /** The groups' field names and labels. */
    public static final Map<String, String> GROUPS = groups();

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("reconsideration", "行政复议");
        groups.put("direct", "行政诉讼（未经复议直接起诉）");
        groups.put("afterReconsideration", "行政诉讼（复议后起诉）");
        return java.util.Collections.unmodifiableMap(groups);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "reconsideration", reconsideration);
        check(errors, "direct", direct);
        check(errors, "afterReconsideration", afterReconsideration);
        return errors;
    }

    private static void check(Map<String, String> errors, String key, Outcomes outcomes) {
        if (outcomes == null || outcomes.negative()) {
            errors.put("appeals." + key, GROUPS.get(key) + "：各项不能为空或负数");
        } else if (!outcomes.addsUp()) {
            errors.put("appeals." + key, GROUPS.get(key) + "：总计应等于结果维持、结果纠正、其他结果、尚未审结之和");
        }
    }
}
