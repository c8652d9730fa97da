package org.opencounty.coordination.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.InvalidInputException;
import org.opencounty.coordination.FindingOrder;
import org.opencounty.coordination.InspectionOrder;
import org.opencounty.units.UnitKind;

/**
 * An inspection round as the API and the form write it, read as text so that every mistake gets a Chinese message:
 * {@code {"name","from":"YYYY-MM-DD","to":"YYYY-MM-DD","units":[…]|"unitKinds":[…]|"allUnits":true,
 * "checklist":[{"title","description"},…]}}.
 */
record InspectionRequest(String name, String from, String to, List<String> units, List<String> unitKinds, Boolean allUnits,
                         List<InspectionOrder.Item> checklist) {

    /** A finding as written: {@code {"unit","item","problem","requirement","days"}}. */
    record Finding(String unit, String item, String problem, String requirement, String days) {

        FindingOrder toOrder() {
            Map<String, String> errors = new LinkedHashMap<>();
            Long itemId = null;
            if (item != null && !item.isBlank()) {
                try {
                    itemId = Long.parseLong(item.strip());
                } catch (NumberFormatException e) {
                    errors.put("item", "检查事项应为编号");
                }
            }
            Integer workingDays = null;
            if (days != null && !days.isBlank()) {
                try {
                    workingDays = Integer.parseInt(days.strip());
                } catch (NumberFormatException e) {
                    errors.put("days", "整改期限应为工作日数（整数）");
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new FindingOrder(unit, itemId, problem, requirement, workingDays);
        }
    }

    InspectionOrder toOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, "period", errors);
        LocalDate end = date(to, "period", errors);
        List<UnitKind> kinds = new ArrayList<>();
        for (String kind : unitKinds == null ? List.<String>of() : unitKinds) {
            TaskRequest.parse(UnitKind.class, kind).ifPresentOrElse(kinds::add, () -> errors.put("unitKinds", "单位类别应为"
                    + String.join("、", java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList()) + "之一"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InspectionOrder(name, start, end, units, kinds, Boolean.TRUE.equals(allUnits), checklist);
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "督查期间应为日期，如 2026-07-31");
            return null;
        }
    }
}
