package org.opencounty.catalogue.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.catalogue.FeeKind;
import org.opencounty.catalogue.ItemType;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.catalogue.internal.CatalogueLines.BadValue;

/** The single-value cells of the workbook: codes shown by their Chinese labels, and 是/否. */
public final class SheetValues {

    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("WINDOW", "窗口");
        FORMS.put("ONLINE", "网上");
        FORMS.put("POST", "邮寄");
    }

    private SheetValues() {
    }

    public static String yesNo(Boolean value) {
        return value == null ? "" : value ? "是" : "否";
    }

    public static Boolean parseYesNo(String text) throws BadValue {
        return switch (text) {
            case "" -> null;
            case "是" -> true;
            case "否" -> false;
            default -> throw new BadValue("应填写是或否，不能是“" + text + "”");
        };
    }

    /** Exported by label; staff may type the label or the national code (01, or 1 when Excel dropped the zero). */
    public static String itemType(String code) {
        return code == null ? "" : ItemType.byCode(code).map(ItemType::label).orElse(code);
    }

    public static String parseItemType(String text) throws BadValue {
        if (text.isEmpty()) {
            return null;
        }
        String code = text.matches("\\d") ? "0" + text : text;
        return Arrays.stream(ItemType.values()).filter(t -> t.code().equals(code) || t.label().equals(text)).map(ItemType::code)
                .findFirst().orElseThrow(() -> new BadValue("事项类型应为行政许可、行政处罚等类型名称或01、02等编码，不能是“" + text + "”"));
    }

    public static String target(ServiceTarget target) {
        return target == null ? "" : target.label();
    }

    public static ServiceTarget parseTarget(String text) throws BadValue {
        if (text.isEmpty()) {
            return null;
        }
        String label = text.replaceAll("[,，/;；\\s]+", "、");
        return Arrays.stream(ServiceTarget.values()).filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new BadValue("服务对象应为自然人、法人或“自然人、法人”，不能是“" + text + "”"));
    }

    public static String handlingForms(List<String> codes) {
        return String.join("、", codes.stream().map(code -> FORMS.getOrDefault(code, code)).toList());
    }

    public static List<String> parseHandlingForms(String text) throws BadValue {
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[、,，;；/\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String label = part.endsWith("办理") ? part.substring(0, part.length() - 2) : part;
            String code = FORMS.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new BadValue("办理形式只能是窗口、网上、邮寄，用、分隔，不能是“" + part + "”"));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** 是否收费 asks the opposite of the content's {@code free}. */
    public static String charged(Boolean free) {
        return free == null ? "" : free ? "否" : "是";
    }

    public static Boolean parseCharged(String text) throws BadValue {
        Boolean charged = parseYesNo(text);
        return charged == null ? null : !charged;
    }

    public static String feeKind(FeeKind kind) {
        return kind == null ? "" : kind.label();
    }

    public static FeeKind parseFeeKind(String text) throws BadValue {
        if (text.isEmpty()) {
            return null;
        }
        return Arrays.stream(FeeKind.values()).filter(k -> k.label().equals(text)).findFirst()
                .orElseThrow(() -> new BadValue("收费类别应为行政事业性收费或经营服务性收费，不能是“" + text + "”"));
    }
}
