package org.opencounty.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.web.PageOf;
import org.opencounty.interaction.InteractionPermissions;
import org.opencounty.interaction.MessageCategory;
import org.opencounty.interaction.MessageHandling;
import org.opencounty.interaction.MessageQueries;
import org.opencounty.interaction.MessageView;
import org.opencounty.interaction.RoutingTable;
import org.opencounty.sites.Site;
import org.opencounty.units.Units;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 留言办理 in the back office: the list within one's scope, one message with what one may do, the center's routing table. */
@Controller
class MessageAdminController {

    private final MessageQueries queries;
    private final MessageHandling handling;
    private final RoutingTable routing;
    private final InteractionPermissions permissions;
    private final Units units;

    MessageAdminController(MessageQueries queries, MessageHandling handling, RoutingTable routing, InteractionPermissions permissions, Units units) {
        this.queries = queries;
        this.handling = handling;
        this.routing = routing;
        this.permissions = permissions;
        this.units = units;
    }

    @GetMapping("/admin/messages")
    String list(Actor actor, Site site, @RequestParam(required = false) String state, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("messages", queries.list(actor, site.id(), state, PageOf.clampPage(page), 50));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("center", permissions.isCenter(actor, site.id()));
        return "interaction/backoffice/messages";
    }

    @GetMapping("/admin/messages/{id}")
    String detail(Actor actor, Site site, @PathVariable long id, Model model) {
        return detail(actor, site, id, model, Map.of());
    }

    @PostMapping("/admin/messages/{id}/{action}")
    String act(Actor actor, Site site, @PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> params,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long version = parseVersion(params.get("version"));
        try {
            switch (action) {
                case "transfer" -> handling.transfer(actor, id, version, params.get("unit"), params.get("reason"));
                case "return" -> handling.returnToCenter(actor, id, version, params.get("reason"));
                case "reply" -> handling.reply(actor, id, version, params.get("reply"));
                case "approve" -> handling.approve(actor, id, version);
                case "return-reply" -> handling.returnReply(actor, id, version, params.get("reason"));
                default -> throw new org.opencounty.common.NotFoundException("没有这项操作");
            }
        } catch (DomainException e) {
            if (e instanceof org.opencounty.common.NotAllowedException || e instanceof org.opencounty.common.NotFoundException) {
                throw e;
            }
            response.setStatus(e.status());
            return detail(actor, site, id, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
        redirect.addFlashAttribute("done", switch (action) {
            case "transfer" -> "已转办。";
            case "return" -> "已退回中心。";
            case "reply" -> "答复已提交领导审核。";
            case "approve" -> "答复已审核发送。";
            default -> "已退回修改。";
        });
        return "return".equals(action) ? "redirect:/admin/messages" : "redirect:/admin/messages/" + id;
    }

    @GetMapping("/admin/messages/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        MessageQueries.AttachmentFile file = queries.attachment(actor, id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/admin/messages/routes")
    String routes(Actor actor, Site site, Model model) {
        return routes(actor, site, model, Map.of());
    }

    @PostMapping("/admin/messages/routes")
    String setRoute(Actor actor, Site site, @RequestParam String category, @RequestParam String unit, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        try {
            routing.set(actor, site.id(), MessageCategory.parse(category)
                    .orElseThrow(() -> org.opencounty.common.InvalidInputException.field("category", "请选择留言类型")), unit);
        } catch (org.opencounty.common.InvalidInputException e) {
            response.setStatus(e.status());
            return routes(actor, site, model, e.fields());
        }
        redirect.addFlashAttribute("done", "分办规则已更新。");
        return "redirect:/admin/messages/routes";
    }

    private String routes(Actor actor, Site site, Model model, Map<String, String> errors) {
        if (!permissions.isCenter(actor, site.id())) {
            throw new org.opencounty.common.NotAllowedException("只有中心可以维护留言分办规则");
        }
        model.addAttribute("routes", routing.routes(site.id()));
        model.addAttribute("categories", List.of(MessageCategory.values()));
        model.addAttribute("units", units.directory(site.id()));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/routes";
    }

    private String detail(Actor actor, Site site, long id, Model model, Map<String, String> errors) {
        MessageView view = queries.view(actor, id);
        var m = view.message();
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("center", permissions.isCenter(actor, site.id()));
        model.addAttribute("canReply", permissions.canReply(actor, m.siteId(), m.unitId()));
        model.addAttribute("canApprove", permissions.canApprove(actor, m.siteId(), m.unitId()) && !actor.username().equals(m.repliedBy()));
        model.addAttribute("canReturn", permissions.canReturn(actor, m.siteId(), m.unitId()) && !m.returnedOnce());
        model.addAttribute("units", units.directory(site.id()));
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "interaction/backoffice/message";
    }

    static long parseVersion(String version) {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
