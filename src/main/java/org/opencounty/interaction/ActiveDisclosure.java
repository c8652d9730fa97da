package org.opencounty.interaction;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 二 of the annual report (主动公开政府信息情况, 2021 format, STANDARDS.md §3.7): 第二十条第（一）项 规章 and 行政规范性文件
 * (本年制发, 本年废止, 现行有效), 第（五）项 行政许可, 第（六）项 行政处罚 and 行政强制 (本年处理决定数量), 第（八）项 行政事业性收费
 * (本年收费金额, 万元). Prefilled from what the platform knows; every cell is the officer's to correct.
 */
public record ActiveDisclosure(long regulationsIssued, long regulationsRepealed, long regulationsInForce,
                               long normativeIssued, long normativeRepealed, long normativeInForce,
                               long licensing, long penalties, long enforcement, BigDecimal feeIncome) {

    public static final ActiveDisclosure NONE = new ActiveDisclosure(0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    /** The cells' field names and labels, in the order of the form. */
    public static final Map<String, String> LABELS = labels();

    /** Per-cell Chinese messages for what may not be stored: negative counts, an amount not in 万元 to four places. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        long[] counts = {regulationsIssued, regulationsRepealed, regulationsInForce, normativeIssued, normativeRepealed, normativeInForce,
                licensing, penalties, enforcement};
        int i = 0;
        for (var entry : LABELS.entrySet()) {
            if (i < counts.length && counts[i] < 0) {
                errors.put("active." + entry.getKey(), entry.getValue() + "不能为负数");
            }
            i++;
        }
        if (feeIncome == null || feeIncome.signum() < 0 || feeIncome.stripTrailingZeros().scale() > 4 || feeIncome.precision() - feeIncome.scale() > 10) {
            errors.put("active.feeIncome", "收费金额应为不小于0的数，单位万元，最多4位小数");
        }
        return errors;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("regulationsIssued", "规章本年制发件数");
        labels.put("regulationsRepealed", "规章本年废止件数");
        labels.put("regulationsInForce", "规章现行有效件数");
        labels.put("normativeIssued", "行政规范性文件本年制发件数");
        labels.put("normativeRepealed", "行政规范性文件本年废止件数");
        labels.put("normativeInForce", "行政规范性文件现行有效件数");
        labels.put("licensing", "行政许可本年处理决定数量");
        labels.put("penalties", "行政处罚本年处理决定数量");
        labels.put("enforcement", "行政强制本年处理决定数量");
        labels.put("feeIncome", "行政事业性收费本年收费金额（万元）");
        return java.util.Collections.unmodifiableMap(labels);
    }
}
