package org.opencounty.review;

/** Where a submission (an article, a service guide, a fee, a unit profile) stands in the review chain: officer → unit leader → center → portal. */
public enum ReviewState {
    DRAFT("草稿"),
    PENDING_LEADER("待单位领导审核"),
    PENDING_CENTER("待中心审核"),
    RETURNED("已退回"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** States in which the working revision may be edited by its unit's information officer. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** States in which a reviewer decides: the unit leader's step and the center's. */
    public boolean inReview() {
        return this == PENDING_LEADER || this == PENDING_CENTER;
    }
}
