package org.opencounty.documents;

/** Where a document stands on its way out (发文办理): 拟稿 → 核稿 → 签发 → 复核 → 登记 → 核发. */
public enum DocumentState {
    DRAFT("拟稿"),
    PENDING_REVIEW("待核稿"),
    PENDING_SIGNATURE("待签发"),
    PENDING_CHECK("待复核"),
    PENDING_REGISTRATION("待登记"),
    REGISTERED("已登记，待核发"),
    DISPATCHED("已核发"),
    RETURNED("退回修改");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
