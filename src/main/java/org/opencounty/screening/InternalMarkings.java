package org.opencounty.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value ScreeningRules#INTERNAL_MARKING}: content marked 内部文件 or 内部资料, which the notice's item 4
 * forbids outright. Spaces (also full-width) between the characters still match ({@code 内 部 资 料});
 * the customary 注意保存 after it, separated by spaces, a comma or 、, belongs to the same marking and
 * is reported with it as one finding.
 *
 * <p>A marking is a label on the document. Text that quotes the words, in quotation marks within a
 * sentence (the notice itself: 标明“内部文件”、“内部资料”的信息), speaks about markings instead of bearing
 * one; it is reported as {@value ScreeningRules#INTERNAL_MARKING_MENTION}, a warning the submitter must
 * acknowledge, rather than blocked.
 */
final class InternalMarkings {

    private static final String SPACE = Reading.SEPARATORS;
    private static final Pattern MARKING = Pattern.compile(
            "内" + SPACE + "部" + SPACE + "(?:(文" + SPACE + "件)|资" + SPACE + "料)"
                    + "(?:[ \\t,、;]*注" + SPACE + "意" + SPACE + "保" + SPACE + "存)?");

    private static final String OPENING_QUOTES = "“‘「『\"'";
    private static final String CLOSING_QUOTES = "”’」』\"'";

    private InternalMarkings() {
    }

    static List<Finding> find(ScreenedText text) {
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = MARKING.matcher(text.folded());
        String folded = text.folded();
        while (matcher.find()) {
            if (quoted(folded, matcher.start(), matcher.end())) {
                findings.add(text.finding(ScreeningRules.INTERNAL_MARKING_MENTION, Severity.WARN, matcher.start(), matcher.end(),
                        "文中提及“" + matcher.group().replaceAll("[^内部文件资料注意保存]", "") + "”字样，请确认本信息并未标明为内部文件或内部资料"));
                continue;
            }
            String message = matcher.group(1) != null
                    ? "含有“内部文件”标志，严禁在网站发布"
                    : "含有“内部资料”标志，严禁在网站发布";
            findings.add(text.finding(ScreeningRules.INTERNAL_MARKING, Severity.BLOCK, matcher.start(), matcher.end(), message));
        }
        return findings;
    }

    /**
     * Quoted, with words before the opening quote on the same line: a marking stands at the head of a line
     * or alone, so quotes around the words at the start of a line do not make them a mention.
     */
    private static boolean quoted(String text, int start, int end) {
        return start > 1 && end < text.length()
                && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0 && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0
                && wordsBefore(text, start - 1);
    }

    private static boolean wordsBefore(String text, int quote) {
        for (int i = quote - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Reading.isSeparator(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
