package org.opencounty.applications.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.applications.CaseHandling;
import org.opencounty.applications.CasePermissions;
import org.opencounty.applications.WrittenNotices;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.web.Downloads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The unit's case handlers and leader process online applications here (网上审批). */
@Controller
class ApplicationAdminController {

    private final ApplicationQueries queries;
    private final CaseHandling handling;
    private final CasePermissions permissions;
    private final WrittenNotices notices;

    ApplicationAdminController(ApplicationQueries queries, CaseHandling handling, CasePermissions permissions, WrittenNotices notices) {
        this.notices = notices;
        this.queries = queries;
        this.handling = handling;
        this.permissions = permissions;
    }

    @GetMapping("/admin/applications")
    String list(Actor actor, @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("cases", PageOf.clamped(page, n -> queries.casesOf(actor, open, n, ApplicationApiController.PAGE_SIZE)));
        model.addAttribute("open", open);
        return "applications/backoffice/applications";
    }

    @GetMapping("/admin/applications/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, model, Map.of());
    }

    /** A written notice (文书) of the case, as the applicant receives it, to print and seal. */
    @GetMapping("/admin/applications/{id}/notices/{eventId}")
    String notice(Actor actor, @PathVariable long id, @PathVariable long eventId, Model model) {
        model.addAttribute("notice", notices.notice(actor, id, eventId));
        model.addAttribute("back", "/admin/applications/" + id);
        return "applications/notice";
    }

    /** The unit's staff open the applicant's files from the back office (the API link needs a token, a browser has a session). */
    @GetMapping("/admin/applications/{id}/materials/{uploadId}")
    org.springframework.http.ResponseEntity<byte[]> material(Actor actor, @PathVariable long id, @PathVariable long uploadId) {
        byte[] content = queries.material(actor, id, uploadId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(queries.materialName(id, uploadId)))
                .body(content);
    }

    @PostMapping("/admin/applications/{id}/{action}")
    String act(Actor actor, @PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> params, Model model) {
        try {
            if (IRREVERSIBLE.containsKey(action) && !"on".equals(params.get("confirm"))) {
                // The page's checkbox (or, with JavaScript, its dialog) must have been answered: these cannot be undone.
                throw InvalidInputException.field("confirm", "“" + IRREVERSIBLE.get(action) + "”不能撤销，请勾选确认后再提交");
            }
            switch (action) {
                case "accept" -> handling.accept(actor, id);
                case "request-correction" -> handling.requestCorrection(actor, id,
                        Arrays.stream(params.getOrDefault("missing", "").split("\\R")).toList(), params.get("note"));
                case "reject" -> handling.reject(actor, id, params.get("reason"), params.get("legalBasis"));
                case "advance" -> handling.advance(actor, id);
                case "suspend" -> handling.suspend(actor, id, params.get("procedure"), params.get("reason"), params.get("legalBasis"));
                case "resume" -> handling.resume(actor, id);
                case "extend" -> handling.extend(actor, id, integer(params.get("days")), params.get("reason"));
                case "decide" -> {
                    BigDecimal fee = fee(params.get("fee"));
                    if (fee != null && fee.signum() > 0 && !"on".equals(params.get("feeOnFreeItem")) && itemIsFree(actor, id)) {
                        // Warned at entry, before the decision is written: supervision counts such a fee as 超标准收费.
                        throw InvalidInputException.field("feeOnFreeItem", "本事项在办事指南中为不收费事项，收取 " + fee.toPlainString()
                                + " 元将被电子监察记为超标准收费。确需收费的，请勾选“确认对不收费事项收费”后再提交。");
                    }
                    handling.decide(actor, id, "true".equals(params.get("approved")), params.get("reason"), fee);
                }
                case "complete" -> handling.complete(actor, id, params.get("note"));
                default -> throw new NotFoundException("不支持的操作");
            }
            return "redirect:/admin/applications/" + id;
        } catch (DomainException e) {
            return page(actor, id, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    private boolean itemIsFree(Actor actor, long id) {
        var item = queries.view(actor, id).item();
        return item != null && item.isFree();
    }

    /** Actions that cannot be taken back, each with the name the handler knows it by; they are confirmed first. */
    static final Map<String, String> IRREVERSIBLE = Map.of("accept", "受理", "reject", "不予受理", "decide", "作出决定", "complete", "办结");

    private String page(Actor actor, long id, Model model, Map<String, String> errors) {
        var view = queries.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("canHandle", permissions.canHandle(actor, view.application()));
        model.addAttribute("canDecide", permissions.canDecide(actor, view.application()));
        model.addAttribute("procedures", ServiceItemContent.SPECIAL_PROCEDURES.stream().sorted().toList());
        model.addAttribute("errors", errors);
        return "applications/backoffice/application";
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("days", "请填写延长的工作日数");
        }
    }

    private static BigDecimal fee(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("fee", "收费金额格式不正确");
        }
    }
}
