package org.opencounty.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#CLASSIFICATION_MARKING}: the marking of a classified document (GB/T 9704: the
 * level, a star and the period of secrecy), which the notice's item 3 and 条例 art. 14 keep off the
 * website. A text matches where it has
 * <ul>
 * <li>秘密, 机密 or 绝密 followed by ★ (or any star-like symbol, {@link Reading}), optionally with a period of secrecy: digits or
 *     一…十 and 年 or 个月, or 长期 ({@code 秘密★1年}, {@code 机密★10年}, {@code 绝密★长期});</li>
 * <li>a line whose whole trimmed content is 秘密, 机密 or 绝密, separators between the characters allowed
 *     ({@code 秘 密});</li>
 * <li>a line starting with 密级： or 密级: followed by one of them (with star and period if present).</li>
 * </ul>
 * The words alone in running text ({@code 保守国家秘密}, {@code 商业秘密}, {@code 绝密行动}) are prose
 * about secrets, not a marking, and do not match. Overlapping matches are reported once, the earliest
 * and longest.
 */
final class ClassificationMarkings {

    static final String MESSAGE = "含有密级标志，涉密信息严禁上网发布";

    private static final String SPACE = Reading.SEPARATORS;
    private static final String LEVEL = "[秘机绝]" + SPACE + "密";
    private static final String NUMBER = "(?:[0-9](?:" + SPACE + "[0-9])*|[一二三四五六七八九十两〇零壹贰叁肆伍陆柒捌玖拾]+)";
    private static final String STAR_AND_PERIOD = SPACE + "★+"
            + "(?:" + SPACE + NUMBER + SPACE + "(?:年|个" + SPACE + "月)|" + SPACE + "长" + SPACE + "期)?";

    private static final Pattern STARRED = Pattern.compile(LEVEL + STAR_AND_PERIOD);
    private static final Pattern LEVEL_ALONE_ON_LINE = Pattern.compile(
            "^" + SPACE + "(" + LEVEL + ")" + SPACE + "$", Pattern.MULTILINE);
    private static final Pattern LEVEL_DECLARED = Pattern.compile(
            "^" + SPACE + "(密" + SPACE + "级" + SPACE + ":" + SPACE + LEVEL + "(?:" + STAR_AND_PERIOD + ")?)",
            Pattern.MULTILINE);

    private ClassificationMarkings() {
    }

    static List<Finding> find(ScreenedText text) {
        List<int[]> spans = new ArrayList<>();
        collect(STARRED.matcher(text.folded()), 0, spans);
        collect(LEVEL_ALONE_ON_LINE.matcher(text.folded()), 1, spans);
        collect(LEVEL_DECLARED.matcher(text.folded()), 1, spans);
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<Finding> findings = new ArrayList<>();
        int reportedUpTo = 0;
        for (int[] span : spans) {
            if (span[0] >= reportedUpTo) {
                findings.add(text.finding(ScreeningRules.CLASSIFICATION_MARKING, Severity.BLOCK, span[0], span[1], MESSAGE));
                reportedUpTo = span[1];
            }
        }
        return findings;
    }

    private static void collect(Matcher matcher, int group, List<int[]> spans) {
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(group), matcher.end(group)});
        }
    }
}
