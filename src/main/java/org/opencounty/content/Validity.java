package org.opencounty.content;

/** Whether a document is still in force (政府网站发展指引: mark documents amended or repealed). */
public enum Validity {
    VALID("有效"), AMENDED("已修改"), REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
