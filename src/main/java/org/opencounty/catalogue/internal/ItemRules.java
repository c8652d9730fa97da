package org.opencounty.catalogue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.opencounty.common.InvalidInputException;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.ItemType;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.ServiceItemContent.Material;

/**
 * What a service guide or fee must satisfy to be saved at all (completeness is checked later, on
 * submission). Every problem is reported at once, by field, in Chinese.
 */
public final class ItemRules {

    private static final Set<String> FORMS = Set.of("WINDOW", "ONLINE", "POST");
    private static final int MAX_DAYS = 3650;

    private ItemRules() {
    }

    /** Checks the item and returns it with stable material ids (m1, m2, …) for materials that have none. */
    public static ServiceItemContent validate(ServiceItemContent item, LongPredicate feeExists) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(item.name())) {
            errors.put("name", "请填写事项名称");
        } else if (item.name().length() > 300) {
            errors.put("name", "事项名称不能超过300字");
        }
        if (item.type() == null || ItemType.byCode(item.type()).isEmpty()) {
            errors.put("type", "请选择事项类型");
        }
        if (item.target() == null) {
            errors.put("target", "请选择服务对象");
        }
        days(errors, "statutoryLimitDays", item.statutoryLimitDays(), "法定时限");
        days(errors, "promisedLimitDays", item.promisedLimitDays(), "承诺时限");
        if (item.statutoryLimitDays() != null && item.promisedLimitDays() != null
                && item.promisedLimitDays() > item.statutoryLimitDays()) {
            errors.put("promisedLimitDays", "承诺时限不能超过法定时限");
        }
        if (item.visits() != null && (item.visits() < 0 || item.visits() > 10)) {
            errors.put("visits", "到现场次数应在0至10次之间");
        }
        for (String form : item.handlingForms()) {
            if (!FORMS.contains(form)) {
                errors.put("handlingForms", "办理形式只能是窗口、网上或邮寄");
            }
        }
        if (item.online() && !item.handlingForms().contains("ONLINE")) {
            errors.put("onlineApplication", "开通网上申请的事项，办理形式须包含网上办理");
        }
        for (int i = 0; i < item.materials().size(); i++) {
            if (blank(item.materials().get(i).name())) {
                errors.put("materials[" + i + "].name", "请填写材料名称");
            }
        }
        for (int i = 0; i < item.procedure().size(); i++) {
            ServiceItemContent.Step step = item.procedure().get(i);
            if (blank(step.name())) {
                errors.put("procedure[" + i + "].name", "请填写环节名称");
            }
            if (step.limitDays() != null && (step.limitDays() < 0 || step.limitDays() > MAX_DAYS)) {
                errors.put("procedure[" + i + "].limitDays", "环节时限应在0至" + MAX_DAYS + "个工作日之间");
            }
        }
        if (item.isFree() && !item.fees().isEmpty()) {
            errors.put("fees", "不收费的事项不能关联收费项目");
        }
        for (Long fee : item.fees()) {
            if (fee == null || !feeExists.test(fee)) {
                errors.put("fees", "关联的收费项目不存在：" + fee);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return withMaterialIds(item);
    }

    public static FeeContent validate(FeeContent fee) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (fee.kind() == null) {
            errors.put("kind", "请选择收费类别");
        }
        if (blank(fee.name())) {
            errors.put("name", "请填写收费项目名称");
        }
        if (fee.amount() == null || fee.amount().signum() < 0) {
            errors.put("amount", "请填写不小于0的收费标准");
        }
        if (blank(fee.unitOfCharge())) {
            errors.put("unitOfCharge", "请填写计费单位，如 元/件");
        }
        if (blank(fee.legalBasis())) {
            errors.put("legalBasis", "请填写收费依据");
        }
        if (fee.validFrom() != null && fee.validUntil() != null && fee.validUntil().isBefore(fee.validFrom())) {
            errors.put("validUntil", "有效期止不能早于有效期起");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return fee;
    }

    private static ServiceItemContent withMaterialIds(ServiceItemContent item) {
        Set<String> used = new HashSet<>();
        item.materials().stream().map(Material::id).filter(id -> !blank(id)).forEach(used::add);
        List<Material> materials = new ArrayList<>();
        int next = 1;
        for (Material m : item.materials()) {
            String id = m.id();
            if (blank(id)) {
                while (used.contains("m" + next)) {
                    next++;
                }
                id = "m" + next;
                used.add(id);
            }
            materials.add(new Material(id, m.name().strip(), m.form(), m.medium(), m.copies() == null ? 1 : m.copies(),
                    m.required() == null || m.required(), m.source(), m.note()));
        }
        return new ServiceItemContent(item.name().strip(), item.basicCode(), item.implementationCode(), item.type(), item.target(),
                item.exerciseLevel(), item.handlingSection(), item.legalBasis(), item.conditions(), materials, item.procedure(),
                item.statutoryLimitDays(), item.promisedLimitDays(), item.visits(), item.handlingForms(), item.onlineApplication(),
                item.location(), item.officeHours(), item.phone(), item.consultation(), item.complaintChannel(), item.free(),
                item.fees(), item.faq());
    }

    private static void days(Map<String, String> errors, String field, Integer value, String label) {
        if (value != null && (value < 0 || value > MAX_DAYS)) {
            errors.put(field, label + "应在0至" + MAX_DAYS + "个工作日之间");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
