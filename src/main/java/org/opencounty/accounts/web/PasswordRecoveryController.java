package org.opencounty.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.opencounty.accounts.DemoOutbox;
import org.opencounty.accounts.PasswordRecovery;
import org.opencounty.common.DomainException;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 忘记密码: a code to the registered phone or e-mail, then a new password; and the demo's outbox that shows the codes. */
@Controller
class PasswordRecoveryController {

    static final String SENT = "如该手机号码或电子邮箱已注册，验证码已发送，10分钟内有效。";

    private final PasswordRecovery recovery;
    private final DemoOutbox outbox;

    PasswordRecoveryController(PasswordRecovery recovery, DemoOutbox outbox) {
        this.recovery = recovery;
        this.outbox = outbox;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        return page(model, false, "", Map.of(), null);
    }

    @PostMapping("/password-reset")
    String requestCode(Site site, @RequestParam(defaultValue = "") String contact, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        try {
            recovery.requestCode(site.id(), contact, request.getRemoteAddr());
            return page(model, true, contact, Map.of(), SENT);
        } catch (DomainException e) {
            response.setStatus(e.status());
            return page(model, false, contact, errors(e), null);
        }
    }

    @PostMapping("/password-reset/confirm")
    String reset(Site site, @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String code,
                 @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
                 HttpServletResponse response, Model model) {
        if (!newPassword.equals(confirmPassword)) {
            response.setStatus(400);
            return page(model, true, contact, Map.of("confirmPassword", "两次输入的新密码不一致"), null);
        }
        try {
            recovery.resetWithCode(site.id(), contact, code, newPassword);
            return "redirect:/login?reset";
        } catch (DomainException e) {
            response.setStatus(e.status());
            return page(model, true, contact, errors(e), null);
        }
    }

    @GetMapping("/demo/outbox")
    String outbox(Model model) {
        if (!outbox.available()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", outbox.messages());
        return "accounts/outbox";
    }

    private String page(Model model, boolean codeStep, String contact, Map<String, String> errors, String notice) {
        model.addAttribute("available", recovery.available());
        model.addAttribute("codeStep", codeStep);
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "accounts/recover";
    }

    private static Map<String, String> errors(DomainException e) {
        return e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields();
    }
}
