package org.opencounty.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ten elements the national website inspection checks in every service guide (检查指标 2019:
 * 事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程). An item is
 * published only when all ten are filled. A catch-all condition ("法律、法规规定的其他条件") is a warning:
 * conditions must be stated, not deferred (江苏 办事指南编写规范).
 */
public record Completeness(boolean complete, List<String> missing, List<String> warnings) {

    public enum Element {
        NAME("name", "事项名称", c -> present(c.name())),
        LEGAL_BASIS("legalBasis", "设定依据", c -> c.legalBasis().stream().anyMatch(b -> present(b.title()))),
        CONDITIONS("conditions", "申请条件", c -> !c.conditions().isEmpty()),
        MATERIALS("materials", "办理材料", c -> c.materials().stream().anyMatch(m -> present(m.name()))),
        LOCATION("location", "办理地点", c -> present(c.location())),
        HANDLING_SECTION("handlingSection", "办理机构", c -> present(c.handlingSection())),
        FEES("fees", "收费标准", c -> c.isFree() || !c.fees().isEmpty()),
        OFFICE_HOURS("officeHours", "办理时间", c -> present(c.officeHours())),
        PHONE("phone", "联系电话", c -> present(c.phone())),
        PROCEDURE("procedure", "办理流程", c -> c.procedure().stream().anyMatch(s -> present(s.name())));

        private final String code;
        private final String label;
        private final Predicate<ServiceItemContent> filled;

        Element(String code, String label, Predicate<ServiceItemContent> filled) {
            this.code = code;
            this.label = label;
            this.filled = filled;
        }

        public String code() { return code; }
        public String label() { return label; }
    }

    public static final String CATCH_ALL_CONDITION = "CATCH_ALL_CONDITION";

    public static Completeness of(ServiceItemContent content) {
        List<String> missing = new ArrayList<>();
        for (Element element : Element.values()) {
            if (!element.filled.test(content)) {
                missing.add(element.code);
            }
        }
        List<String> warnings = content.conditions().stream().anyMatch(Completeness::isCatchAll)
                ? List.of(CATCH_ALL_CONDITION) : List.of();
        return new Completeness(missing.isEmpty(), List.copyOf(missing), warnings);
    }

    /** "法律、法规规定的其他条件" and its variants defer to unnamed law instead of stating the condition. */
    static boolean isCatchAll(String condition) {
        String c = condition.replaceAll("[\\s。；;，,、]", "");
        return c.matches(".*(法律|法规|规章|规定)+.*(规定|要求)?的其他(条件|情形|材料).*") || c.contains("其他条件") && c.contains("法");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
