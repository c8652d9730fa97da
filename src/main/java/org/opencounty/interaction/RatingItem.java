package org.opencounty.interaction;

/** The standard items a rating scores from 1 to 5 (STANDARDS.md §6: 整体满意度, 办事效率, 服务态度). */
public enum RatingItem {
    OVERALL("整体满意度"),
    EFFICIENCY("办事效率"),
    ATTITUDE("服务态度");

    private final String label;

    RatingItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
