package org.opencounty.interaction;

/** Where a disclosure request stands (条例 art. 30–45). */
public enum DisclosureState {
    /** Received; the answer clock runs (consultations of third parties stop it for their time). */
    HANDLING("办理中", false),
    /** A 补正 notice went out; the clock restarts when the correction comes in. */
    CORRECTION_REQUESTED("待申请人补正", false),
    /** A fee notice went out; handling waits for payment. */
    FEE_NOTICE("待缴纳信息处理费", false),
    ANSWERED("已答复", true),
    /** No correction within its period: deemed withdrawn (art. 30), 不再处理. */
    CORRECTION_LAPSED("逾期未补正，视为放弃申请", true),
    /** The fee was not paid by the notice's deadline (国办函〔2020〕109号): 不再处理. */
    FEE_UNPAID("逾期未缴费，不再处理", true);

    private final String label;
    private final boolean closed;

    DisclosureState(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return closed;
    }
}
