package org.opencounty.catalogue.web;

import java.util.Map;
import org.opencounty.common.InvalidInputException;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.FeeKind;
import org.opencounty.web.FormValues;
import org.springframework.util.MultiValueMap;

/** The fee's form (收费项目) both ways; the rules of a fee are ItemRules', called by CatalogueWriting. */
final class FeeForm {

    private FeeForm() {
    }

    static FormValues posted(MultiValueMap<String, String> params) {
        return FormValues.posted(params, Map.of());
    }

    static FormValues of(FeeContent fee, long version) {
        FormValues form = new FormValues();
        form.set("version", version);
        form.set("kind", fee.kind() == null ? "" : fee.kind().name());
        form.set("name", fee.name());
        form.set("amount", fee.amount() == null ? "" : fee.amount().toPlainString());
        form.set("unitOfCharge", fee.unitOfCharge());
        form.set("reductions", fee.reductions());
        form.set("legalBasis", fee.legalBasis());
        form.set("approvingDocument", fee.approvingDocument());
        form.set("section", fee.section());
        form.set("validFrom", fee.validFrom());
        form.set("validUntil", fee.validUntil());
        return form;
    }

    static FormValues blank() {
        FormValues form = new FormValues();
        form.set("version", 0);
        form.set("kind", FeeKind.ADMINISTRATIVE.name());
        form.set("unitOfCharge", "元/件");
        return form;
    }

    static FeeContent parse(FormValues form) {
        FeeKind kind = null;
        if (!form.get("kind").isBlank()) {
            try {
                kind = FeeKind.valueOf(form.get("kind"));
            } catch (IllegalArgumentException e) {
                form.errors().put("kind", "请选择收费类别");
            }
        }
        FeeContent fee = new FeeContent(kind, form.get("name").strip(), form.amount("amount", "收费标准"), form.text("unitOfCharge"),
                form.text("reductions"), form.text("legalBasis"), form.text("approvingDocument"), form.text("section"),
                form.date("validFrom", "有效期起"), form.date("validUntil", "有效期止"));
        if (!form.errors().isEmpty()) {
            throw new InvalidInputException(form.errors());
        }
        return fee;
    }
}
