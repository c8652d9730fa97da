package org.opencounty.interaction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a disclosure request: the seven types of 条例 art. 36, partial disclosure (art. 37) and 不予处理
 * (art. 35, 39), each with the row of the annual report's table 三 it counts in and the closed list of reasons it
 * needs (the report's sub-rows), and the two ways a request ends without an answer.
 */
public enum Outcome {
    ALREADY_PUBLIC("已主动公开，告知获取方式", "（一）予以公开", List.of()),
    DISCLOSED("予以公开", "（一）予以公开", List.of()),
    PARTIAL("部分公开", "（二）部分公开", List.of()),
    WITHHELD("不予公开", "（三）不予公开", List.of(
            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")),
    NOT_HELD("信息不存在，无法提供", "（四）无法提供", List.of(
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")),
    NOT_THIS_AGENCY("非本机关负责公开，告知有关机关", "（四）无法提供", List.of("1.本机关不掌握相关政府信息")),
    REPEAT("重复申请，不予重复处理", "（五）不予处理", List.of("2.重复申请")),
    NOT_HANDLED("不予处理", "（五）不予处理", List.of(
            "1.信访举报投诉类申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息")),
    SPECIAL_LAW("按有关法律法规办理（工商、不动产登记资料等）", "（六）其他处理", List.of("3.其他")),
    /** Set by the platform when the correction did not come in time (art. 30). */
    CORRECTION_LAPSED("逾期未补正，视为放弃申请", "（六）其他处理", List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")),
    /** Set by the platform when the fee was not paid in time (国办函〔2020〕109号). */
    FEE_UNPAID("逾期未缴纳信息处理费，不再处理", "（六）其他处理", List.of("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));

    private final String label;
    private final String reportRow;
    private final List<String> reasons;

    Outcome(String label, String reportRow, List<String> reasons) {
        this.label = label;
        this.reportRow = reportRow;
        this.reasons = reasons;
    }

    public String label() {
        return label;
    }

    public String reportRow() {
        return reportRow;
    }

    /** The annual report's sub-rows this answer must name one of; empty when it has none. */
    public List<String> reasons() {
        return reasons;
    }

    /** Answers a handler gives; the last two are the platform's. */
    public boolean chosenByHandler() {
        return this != CORRECTION_LAPSED && this != FEE_UNPAID;
    }

    public static Optional<Outcome> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(outcome -> outcome.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
