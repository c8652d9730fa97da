package org.opencounty.catalogue;

import java.util.List;
import java.util.Set;

/**
 * A service guide (办事指南): the elements of a 政务服务事项 in the order citizens need them
 * (STANDARDS.md §4.3). Stored as one JSON document per revision.
 */
public record ServiceItemContent(
        String name, String basicCode, String implementationCode, String type, ServiceTarget target, String exerciseLevel,
        String handlingSection, List<LegalBasis> legalBasis, List<String> conditions, List<Material> materials,
        List<Step> procedure, Integer statutoryLimitDays, Integer promisedLimitDays, Integer visits, List<String> handlingForms,
        Boolean onlineApplication, String location, String officeHours, String phone, String consultation,
        String complaintChannel, Boolean free, List<Long> fees, List<Faq> faq) {

    /** The special procedures that stop the clock (行政许可法 art. 45). */
    public static final Set<String> SPECIAL_PROCEDURES = Set.of("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");

    public record LegalBasis(String title, String article, String text, Long articleId) {
    }

    /** A required material; {@code id} is stable within the item, so applications can refer to it. */
    public record Material(String id, String name, String form, String medium, Integer copies, Boolean required,
                           String source, String note) {
    }

    /** A procedure step; special steps (听证、检验…) do not count toward the time limit. */
    public record Step(String name, String handler, Integer limitDays, String description, Boolean special) {

        public boolean isSpecial() {
            return Boolean.TRUE.equals(special);
        }
    }

    public record Faq(String question, String answer) {
    }

    public ServiceItemContent {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        conditions = conditions == null ? List.of() : conditions.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        materials = materials == null ? List.of() : List.copyOf(materials);
        procedure = procedure == null ? List.of() : List.copyOf(procedure);
        handlingForms = handlingForms == null ? List.of() : List.copyOf(handlingForms);
        fees = fees == null ? List.of() : List.copyOf(fees);
        faq = faq == null ? List.of() : List.copyOf(faq);
    }

    /** The same guide linked to other fees, e.g. once an import knows the ids of the fees it named. */
    public ServiceItemContent withFees(List<Long> feeIds) {
        return new ServiceItemContent(name, basicCode, implementationCode, type, target, exerciseLevel, handlingSection, legalBasis,
                conditions, materials, procedure, statutoryLimitDays, promisedLimitDays, visits, handlingForms, onlineApplication,
                location, officeHours, phone, consultation, complaintChannel, free, feeIds, faq);
    }

    public ItemType itemType() {
        return type == null ? null : ItemType.byCode(type).orElse(null);
    }

    public boolean online() {
        return Boolean.TRUE.equals(onlineApplication);
    }

    public boolean isFree() {
        return Boolean.TRUE.equals(free);
    }
}
