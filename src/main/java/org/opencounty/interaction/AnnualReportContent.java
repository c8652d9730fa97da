package org.opencounty.interaction;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One version of an annual report's content (2021 format): 一 总体情况, 五 存在的主要问题及改进情况 and 六 其他需要报告的事项 as
 * sanitised HTML; 二 and 四 as their tables; 三 as corrected by hand or, once submitted, frozen as it was checked
 * ({@code requests} null: computed from the disclosure requests when read); the 信息处理费 collected (元) that 六 reports.
 */
public record AnnualReportContent(String overview, ActiveDisclosure active, Map<String, long[]> requests, Appeals appeals,
                                  String problems, String other, BigDecimal processingFees) {

    public AnnualReportContent {
        overview = overview == null ? "" : overview;
        problems = problems == null ? "" : problems;
        other = other == null ? "" : other;
        active = active == null ? ActiveDisclosure.NONE : active;
        appeals = appeals == null ? Appeals.NONE : appeals;
        processingFees = processingFees == null ? BigDecimal.ZERO : processingFees;
    }

    AnnualReportContent withRequests(Map<String, long[]> cells) {
        return new AnnualReportContent(overview, active, cells, appeals, problems, other, processingFees);
    }
}
