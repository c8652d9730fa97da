package org.opencounty.coordination;

/**
 * How an indicator of the assessment scheme is scored (docs/assessment.md): deductions per fact the platform holds,
 * capped at the indicator's points (STANDARDS §2.1); a bonus indicator that only an assessor's adjustment fills; or a
 * manual indicator that starts full and changes only by adjustment.
 */
public enum RuleKind {
    TASK_LATE("每项督办任务逾期完成", true),
    TASK_OVERDUE("每项督办任务逾期未完成", true),
    RED_CARD("办件红牌", true),
    STATUTORY_OVERDUE("办件超法定时限", true),
    GUIDE_INCOMPLETE("每项办事指南要素不全", true),
    COLUMN_STALE("每个栏目未按期更新", true),
    FINDING_OVERDUE("每个督查问题未按期整改", true),
    MANUAL("人工评定", false),
    BONUS("加分项", false);

    private final String label;
    private final boolean fromFacts;

    RuleKind(String label, boolean fromFacts) {
        this.label = label;
        this.fromFacts = fromFacts;
    }

    public String label() {
        return label;
    }

    /** Whether the platform deducts for facts it holds (else only adjustments change the indicator). */
    public boolean fromFacts() {
        return fromFacts;
    }
}
