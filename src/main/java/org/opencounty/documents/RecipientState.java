package org.opencounty.documents;

/** Where a received document stands in the receiving unit (收文办理, 条例 art. 24), as the sender sees it too. */
public enum RecipientState {
    DELIVERED("待签收"),
    SIGNED("已签收，待初审"),
    RETURNED("已退回"),
    ACCEPTED("已初审，待承办"),
    READING("传阅中"),
    PROPOSED("拟办，待批示"),
    HANDLING("承办中"),
    REPLIED("已答复"),
    DONE("已办结");

    private final String label;

    RecipientState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
