package org.opencounty.coordination.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.common.InvalidInputException;
import org.opencounty.content.Category;
import org.opencounty.coordination.ConditionKind;
import org.opencounty.coordination.TaskCondition;
import org.opencounty.coordination.TaskOrder;
import org.opencounty.units.ContactRole;
import org.opencounty.units.UnitKind;

/**
 * A task as the API and the form write it, read as text so that every mistake gets a Chinese message:
 * {@code {"title","basis","basisUrl","requirement","deadline":"YYYY-MM-DD"|"workingDays":N,"units":[…]|"unitKinds":[…]|"allUnits":true,
 * "fulfilment":"REPORT"|{"condition":"CONTACTS","count":2,"role":"INFO_OFFICER"}|{"condition":"ARTICLES","count":3,"column":"news"}}}.
 */
record TaskRequest(String title, String basis, String basisUrl, String requirement, String deadline, String workingDays,
                   List<String> units, List<String> unitKinds, Boolean allUnits, Object fulfilment) {

    TaskOrder toOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                date = LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                errors.put("deadline", "完成期限应为日期，如 2026-07-31");
            }
        }
        Integer days = null;
        if (workingDays != null && !workingDays.isBlank()) {
            try {
                days = Integer.parseInt(workingDays.strip());
            } catch (NumberFormatException e) {
                errors.put("workingDays", "工作日数应为整数");
            }
        }
        List<UnitKind> kinds = new ArrayList<>();
        for (String kind : unitKinds == null ? List.<String>of() : unitKinds) {
            parse(UnitKind.class, kind).ifPresentOrElse(kinds::add, () -> errors.put("unitKinds", "单位类别应为"
                    + String.join("、", java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList()) + "之一"));
        }
        TaskCondition condition = condition(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> codes = units == null ? List.of() : units.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).distinct().toList();
        return new TaskOrder(title, basis, basisUrl, requirement, date, days, codes, kinds, Boolean.TRUE.equals(allUnits), condition);
    }

    private TaskCondition condition(Map<String, String> errors) {
        if (fulfilment == null || "REPORT".equals(fulfilment)) {
            return null;
        }
        if (!(fulfilment instanceof Map<?, ?> given)) {
            errors.put("fulfilment", "完成方式应为 \"REPORT\" 或 {\"condition\": …}");
            return null;
        }
        Optional<ConditionKind> kind = ConditionKind.parse(text(given.get("condition")));
        if (kind.isEmpty()) {
            errors.put("fulfilment", "核验条件应为" + String.join("、", java.util.Arrays.stream(ConditionKind.values()).map(Enum::name).toList()) + "之一");
            return null;
        }
        Integer count = null;
        String countText = text(given.get("count"));
        if (!countText.isEmpty()) {
            try {
                count = Integer.parseInt(countText);
            } catch (NumberFormatException e) {
                errors.put("conditionCount", "规定数量应为整数");
            }
        }
        String roleText = text(given.get("role"));
        ContactRole role = roleText.isEmpty() ? null : parse(ContactRole.class, roleText).orElse(null);
        if (!roleText.isEmpty() && role == null) {
            errors.put("conditionRole", "联系人类别应为" + String.join("、", java.util.Arrays.stream(ContactRole.values()).map(Enum::name).toList()) + "之一");
        }
        String columnText = text(given.get("column"));
        Category column = columnText.isEmpty() ? null : Category.byCode(columnText).orElse(null);
        if (!columnText.isEmpty() && column == null) {
            errors.put("conditionColumn", "没有栏目“" + columnText + "”");
        }
        return new TaskCondition(kind.get(), count, role, column);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
