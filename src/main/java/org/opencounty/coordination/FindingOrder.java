package org.opencounty.coordination;

/**
 * A finding as the inspector records it: the unit and the checklist item, the problem (问题), what the unit must do
 * (整改要求) and in how many working days (整改期限).
 */
public record FindingOrder(String unitCode, Long itemId, String problem, String requirement, Integer workingDays) {

    public FindingOrder {
        unitCode = unitCode == null ? "" : unitCode.strip();
        problem = problem == null ? "" : problem.strip();
        requirement = requirement == null ? "" : requirement.strip();
    }
}
