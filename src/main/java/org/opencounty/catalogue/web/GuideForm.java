package org.opencounty.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.InvalidInputException;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.ServiceItemContent.Faq;
import org.opencounty.catalogue.ServiceItemContent.LegalBasis;
import org.opencounty.catalogue.ServiceItemContent.Material;
import org.opencounty.catalogue.ServiceItemContent.Step;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.web.FormValues;
import org.springframework.util.MultiValueMap;

/**
 * The service guide's form (办事指南) both ways: a guide's content as form fields, and posted fields as a guide.
 * Lists of short lines (conditions) are one per line of a text area; lists of records (legal basis, materials,
 * steps, questions) are table rows. A row left empty is no row. What the rules say of the guide is
 * ItemRules' business, called by CatalogueWriting; only what cannot even be read (a number that is not one) is
 * refused here.
 */
final class GuideForm {

    static final List<String> SCALARS = List.of("name", "basicCode", "implementationCode", "type", "target", "exerciseLevel",
            "handlingSection", "statutoryLimitDays", "promisedLimitDays", "visits", "location", "officeHours", "phone",
            "consultation", "complaintChannel");
    /** The guide's lists and the fields that make one of their rows filled. */
    static final Map<String, List<String>> LISTS = Map.of(
            "legalBasis", List.of("title", "article", "text"),
            "materials", List.of("name", "form", "medium", "copies", "source", "note"),
            "procedure", List.of("name", "handler", "limitDays", "description"),
            "faq", List.of("question", "answer"));

    private GuideForm() {
    }

    static FormValues posted(MultiValueMap<String, String> params) {
        return FormValues.posted(params, LISTS);
    }

    static FormValues of(ServiceItemContent item, long version) {
        FormValues form = new FormValues(LISTS);
        form.set("version", version);
        form.set("name", item.name());
        form.set("basicCode", item.basicCode());
        form.set("implementationCode", item.implementationCode());
        form.set("type", item.type());
        form.set("target", item.target() == null ? "" : item.target().name());
        form.set("exerciseLevel", item.exerciseLevel());
        form.set("handlingSection", item.handlingSection());
        form.set("conditions", String.join("\n", item.conditions()));
        form.set("statutoryLimitDays", item.statutoryLimitDays());
        form.set("promisedLimitDays", item.promisedLimitDays());
        form.set("visits", item.visits());
        form.setAll("handlingForms", item.handlingForms());
        form.set("onlineApplication", item.online());
        form.set("location", item.location());
        form.set("officeHours", item.officeHours());
        form.set("phone", item.phone());
        form.set("consultation", item.consultation());
        form.set("complaintChannel", item.complaintChannel());
        form.set("free", item.isFree());
        form.setAll("fees", item.fees().stream().map(String::valueOf).toList());
        for (int i = 0; i < item.legalBasis().size(); i++) {
            LegalBasis basis = item.legalBasis().get(i);
            form.set("legalBasis[" + i + "].title", basis.title());
            form.set("legalBasis[" + i + "].article", basis.article());
            form.set("legalBasis[" + i + "].text", basis.text());
            form.set("legalBasis[" + i + "].articleId", basis.articleId());
        }
        for (int i = 0; i < item.materials().size(); i++) {
            Material material = item.materials().get(i);
            String row = "materials[" + i + "].";
            form.set(row + "id", material.id());
            form.set(row + "name", material.name());
            form.set(row + "form", material.form());
            form.set(row + "medium", material.medium());
            form.set(row + "copies", material.copies());
            form.set(row + "required", material.required() == null || material.required());
            form.set(row + "source", material.source());
            form.set(row + "note", material.note());
        }
        for (int i = 0; i < item.procedure().size(); i++) {
            Step step = item.procedure().get(i);
            String row = "procedure[" + i + "].";
            form.set(row + "name", step.name());
            form.set(row + "handler", step.handler());
            form.set(row + "limitDays", step.limitDays());
            form.set(row + "description", step.description());
            form.set(row + "special", step.isSpecial());
        }
        for (int i = 0; i < item.faq().size(); i++) {
            form.set("faq[" + i + "].question", item.faq().get(i).question());
            form.set("faq[" + i + "].answer", item.faq().get(i).answer());
        }
        return form;
    }

    /** An empty guide's form, with the defaults most guides have. */
    static FormValues blank() {
        FormValues form = new FormValues(LISTS);
        form.set("version", 0);
        form.set("type", "01");
        form.setAll("handlingForms", List.of("WINDOW"));
        form.set("free", true);
        return form;
    }

    /**
     * The guide the form describes. Rows renumber from zero as empty ones drop out, so the field names of the
     * rules' messages ({@code materials[1].name}) are shifted back to the rows the page shows.
     */
    static Parsed parse(FormValues form) {
        List<LegalBasis> legalBasis = new ArrayList<>();
        for (int i : form.rowIndexes("legalBasis")) {
            if (!form.blankRow("legalBasis", i)) {
                String row = "legalBasis[" + i + "].";
                legalBasis.add(new LegalBasis(form.text(row + "title"), form.text(row + "article"), form.text(row + "text"),
                        form.id(row + "articleId", "关联的信息编号")));
            }
        }
        List<Material> materials = new ArrayList<>();
        List<Integer> materialRows = new ArrayList<>();
        for (int i : form.rowIndexes("materials")) {
            if (!form.blankRow("materials", i)) {
                String row = "materials[" + i + "].";
                materials.add(new Material(form.text(row + "id"), form.get(row + "name").strip(), form.text(row + "form"),
                        form.text(row + "medium"), form.whole(row + "copies", "份数"), form.checked(row + "required"),
                        form.text(row + "source"), form.text(row + "note")));
                materialRows.add(i);
            }
        }
        List<Step> procedure = new ArrayList<>();
        List<Integer> stepRows = new ArrayList<>();
        for (int i : form.rowIndexes("procedure")) {
            if (!form.blankRow("procedure", i)) {
                String row = "procedure[" + i + "].";
                procedure.add(new Step(form.get(row + "name").strip(), form.text(row + "handler"), form.whole(row + "limitDays", "环节时限"),
                        form.text(row + "description"), form.checked(row + "special")));
                stepRows.add(i);
            }
        }
        List<Faq> faq = new ArrayList<>();
        for (int i : form.rowIndexes("faq")) {
            if (!form.blankRow("faq", i)) {
                faq.add(new Faq(form.text("faq[" + i + "].question"), form.text("faq[" + i + "].answer")));
            }
        }
        List<Long> fees = new ArrayList<>();
        for (String fee : form.all("fees")) {
            try {
                fees.add(Long.valueOf(fee));
            } catch (NumberFormatException e) {
                form.errors().put("fees", "关联的收费项目不存在：" + fee);
            }
        }
        ServiceTarget target = null;
        if (!form.get("target").isBlank()) {
            try {
                target = ServiceTarget.valueOf(form.get("target"));
            } catch (IllegalArgumentException e) {
                form.errors().put("target", "请选择服务对象");
            }
        }
        ServiceItemContent item = new ServiceItemContent(form.get("name").strip(), form.text("basicCode"), form.text("implementationCode"),
                form.text("type"), target, form.text("exerciseLevel"), form.text("handlingSection"), legalBasis, form.lines("conditions"),
                materials, procedure, form.whole("statutoryLimitDays", "法定时限"), form.whole("promisedLimitDays", "承诺时限"),
                form.whole("visits", "到现场次数"), form.all("handlingForms"), form.checked("onlineApplication"), form.text("location"),
                form.text("officeHours"), form.text("phone"), form.text("consultation"), form.text("complaintChannel"),
                form.checked("free"), fees, faq);
        if (!form.errors().isEmpty()) {
            throw new InvalidInputException(form.errors());
        }
        return new Parsed(item, materialRows, stepRows);
    }

    /** The guide, and the page's row numbers of the rows kept, to put the rules' messages back where the officer typed. */
    record Parsed(ServiceItemContent item, List<Integer> materialRows, List<Integer> stepRows) {

        Map<String, String> onPage(Map<String, String> errors) {
            Map<String, String> shown = new LinkedHashMap<>();
            errors.forEach((field, message) ->
                    shown.put(renumber(renumber(field, "materials", materialRows), "procedure", stepRows), message));
            return shown;
        }

        private static String renumber(String field, String list, List<Integer> rows) {
            String prefix = list + "[";
            if (!field.startsWith(prefix)) {
                return field;
            }
            int close = field.indexOf(']');
            int kept = Integer.parseInt(field.substring(prefix.length(), close));
            return kept < rows.size() ? prefix + rows.get(kept) + field.substring(close) : field;
        }
    }
}
