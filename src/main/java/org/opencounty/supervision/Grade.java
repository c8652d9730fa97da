package org.opencounty.supervision;

/** The quarterly performance grade (绩效评估, STANDARDS.md §5); the thresholds are configuration (docs/supervision.md). */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    FAIL("不合格"),
    /** Nothing was completed in the period, so there is no on-time rate to grade. */
    NOT_GRADED("不评定"),
    /** Fewer cases were decided than the grade needs to say anything (one late case of three is not 不合格). */
    INSUFFICIENT_SAMPLE("样本不足");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
