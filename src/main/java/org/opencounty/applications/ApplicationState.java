package org.opencounty.applications;

import java.util.Set;

/** Where an application stands (行政许可法 ch. 4: 申请与受理, 审查与决定). */
public enum ApplicationState {
    DRAFT("填写中"),
    SUBMITTED("已提交，待受理"),
    CORRECTION_REQUESTED("待补正"),
    ACCEPTED("已受理，办理中"),
    APPROVED("准予许可，待送达"),
    DENIED("不予许可，待送达"),
    COMPLETED("已办结"),
    REJECTED("不予受理"),
    WITHDRAWN("已撤回");

    public static final Set<ApplicationState> OPEN = Set.of(SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, APPROVED, DENIED);

    private final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The applicant may withdraw until the decision. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == CORRECTION_REQUESTED || this == ACCEPTED;
    }
}
