package org.opencounty.coordination;

/** How a unit fulfils a task: by a report through the review chain, or by a fact the platform checks itself. */
public enum Fulfilment {
    REPORT("报送材料"),
    CONDITION("平台自动核验");

    private final String label;

    Fulfilment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
