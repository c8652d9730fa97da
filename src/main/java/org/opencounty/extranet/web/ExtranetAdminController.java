package org.opencounty.extranet.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.extranet.ExtranetConnection;
import org.opencounty.extranet.ExtranetDetails;
import org.opencounty.extranet.ExtranetExport;
import org.opencounty.extranet.ExtranetProgress;
import org.opencounty.extranet.ExtranetRegistry;
import org.opencounty.extranet.ExtranetStatus;
import org.opencounty.web.FormRefusals;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's pages: the progress and the units' list, one unit's connection with its history, the export. */
@Controller
class ExtranetAdminController {

    private final ExtranetRegistry registry;
    private final AuditLog audit;

    ExtranetAdminController(ExtranetRegistry registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping("/admin/extranet")
    String progress(Actor actor, Model model) {
        List<ExtranetConnection> connections = registry.visible(actor);
        model.addAttribute("progress", ExtranetProgress.of(connections, registry.deadline(), registry.today()));
        model.addAttribute("connections", connections);
        model.addAttribute("statuses", List.of(ExtranetStatus.values()));
        return "extranet/backoffice/extranet";
    }

    @GetMapping("/admin/extranet/{unitCode}")
    String unit(Actor actor, @PathVariable String unitCode, Model model) {
        return unit(actor, unitCode, model, Map.of(), null);
    }

    @PostMapping("/admin/extranet/{unitCode}")
    String change(Actor actor, @PathVariable String unitCode, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String carrier, @RequestParam(defaultValue = "") String switchModel,
                  @RequestParam(defaultValue = "false") boolean switchManaged, @RequestParam(defaultValue = "") String addressRange,
                  @RequestParam(defaultValue = "") String connectedOn, @RequestParam(defaultValue = "") String contactName,
                  @RequestParam(defaultValue = "") String contactPhone, Model model) {
        return FormRefusals.handle(() -> {
            registry.change(actor, unitCode, new ExtranetDetails(status, carrier, switchModel, switchManaged, addressRange,
                    date(connectedOn), contactName, contactPhone));
            return "redirect:/admin/extranet/" + unitCode + "?saved";
        }, e -> unit(actor, unitCode, model, errors(e), new ExtranetDetails(status, carrier, switchModel, switchManaged, addressRange,
                null, contactName, contactPhone)));
    }

    @PostMapping("/admin/extranet/{unitCode}/confirm")
    String confirm(Actor actor, @PathVariable String unitCode, Model model) {
        return FormRefusals.handle(() -> {
            registry.confirm(actor, unitCode);
            return "redirect:/admin/extranet/" + unitCode + "?confirmed";
        }, e -> unit(actor, unitCode, model, errors(e), null));
    }

    @GetMapping("/admin/extranet/export.csv")
    ResponseEntity<byte[]> csv(Actor actor) {
        return export(actor, "csv", ExtranetExport.CSV);
    }

    @GetMapping("/admin/extranet/export.xlsx")
    ResponseEntity<byte[]> workbook(Actor actor) {
        return export(actor, "xlsx", ExtranetExport.XLSX);
    }

    private ResponseEntity<byte[]> export(Actor actor, String extension, String contentType) {
        if (!actor.isCenterWide()) {
            throw new NotAllowedException("只有电子政务中心可以导出外网接入登记");
        }
        List<ExtranetConnection> connections = registry.visible(actor);
        ExtranetProgress progress = ExtranetProgress.of(connections, registry.deadline(), registry.today());
        byte[] content = extension.equals("csv") ? ExtranetExport.csv(progress, connections) : ExtranetExport.workbook(progress, connections);
        audit.record(actor, "extranet.export", "extranet." + extension, AuditResult.SUCCESS, connections.size() + " 个单位");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("外网接入登记-" + progress.today() + "." + extension))
                .body(content);
    }

    private String unit(Actor actor, String unitCode, Model model, Map<String, String> errors, ExtranetDetails posted) {
        ExtranetRegistry.UnitRegistry unit = registry.of(actor, unitCode);
        ExtranetConnection c = unit.connection();
        model.addAttribute("unit", unit);
        model.addAttribute("form", posted != null ? posted : new ExtranetDetails(c.status().name(), c.carrier(), c.switchModel(),
                c.switchManaged(), c.addressRange(), c.connectedOn(), c.contactName(), c.contactPhone()));
        model.addAttribute("statuses", List.of(ExtranetStatus.values()));
        model.addAttribute("center", actor.has(Role.CENTER_ADMIN));
        model.addAttribute("errors", errors);
        return "extranet/backoffice/extranetUnit";
    }

    private static LocalDate date(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw org.opencounty.common.InvalidInputException.field("connectedOn", "接通日期的格式不正确");
        }
    }

    private static Map<String, String> errors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>(FormRefusals.messages(e));
        errors.putIfAbsent("form", e.getMessage());
        return errors;
    }
}
