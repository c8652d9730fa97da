package org.opencounty.interaction;

/** Where a message stands: waiting for the center's routing, with its unit, its reply waiting for the leader, answered. */
public enum MessageState {
    UNROUTED("待中心分办"),
    OPEN("办理中"),
    PENDING_LEADER("答复待领导审核"),
    ANSWERED("已答复");

    private final String label;

    MessageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
