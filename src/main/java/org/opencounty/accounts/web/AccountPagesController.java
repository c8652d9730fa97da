package org.opencounty.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.opencounty.accounts.Account;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.accounts.RegistrationLimiter;
import org.opencounty.accounts.internal.SessionStamp;
import org.opencounty.common.Actor;
import org.opencounty.common.ActorPrincipal;
import org.opencounty.common.DomainException;
import org.opencounty.sites.Site;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in, citizens' registration, and one's own account and password. */
@Controller
class AccountPagesController {

    private final Accounts accounts;
    private final Authenticator authenticator;
    private final RegistrationLimiter limiter;

    AccountPagesController(Accounts accounts, Authenticator authenticator, RegistrationLimiter limiter) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.limiter = limiter;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("error", request.getParameter("error") != null);
        model.addAttribute("locked", request.getParameter("locked") != null);
        model.addAttribute("throttled", request.getParameter("throttled") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("reset", request.getParameter("reset") != null);
        return "accounts/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(Site site, HttpServletRequest request, @RequestParam Map<String, String> form, Model model) {
        try {
            limiter.check(request.getRemoteAddr());
            accounts.registerCitizen(site.id(), form.get("username"), form.get("name"), form.get("phone"),
                    form.get("email"), form.get("password"));
            return "redirect:/login?registered";
        } catch (DomainException e) {
            model.addAttribute("form", Map.of("username", form.getOrDefault("username", ""), "name", form.getOrDefault("name", ""),
                    "phone", form.getOrDefault("phone", ""), "email", form.getOrDefault("email", "")));
            model.addAttribute("errors", e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
            return "accounts/register";
        }
    }

    @GetMapping("/account")
    String account(Actor actor, Model model) {
        Account account = accounts.find(actor.username()).orElseThrow();
        model.addAttribute("account", account);
        return "accounts/overview";
    }

    @GetMapping("/account/password")
    String passwordForm(Actor actor, Model model) {
        model.addAttribute("required", mustChange());
        model.addAttribute("errors", Map.of());
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, HttpServletRequest request, Model model) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                model.addAttribute("required", mustChange());
                model.addAttribute("errors", Map.of("confirmPassword", "两次输入的新密码不一致"));
                return "accounts/password";
            }
            accounts.changeOwnPassword(actor, currentPassword, newPassword);
        } catch (DomainException e) {
            model.addAttribute("required", mustChange());
            model.addAttribute("errors", e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
            return "accounts/password";
        }
        refreshPrincipal(actor, request);
        return "redirect:" + (actor.isStaff() ? "/admin?passwordChanged" : "/account?passwordChanged");
    }

    /**
     * The change ended every session of the account, this one too: it goes on with the new stamp (and stops asking
     * for a change).
     */
    private void refreshPrincipal(Actor actor, HttpServletRequest request) {
        Account account = accounts.find(actor.username()).orElseThrow();
        ActorPrincipal principal = authenticator.principalOf(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SessionStamp.authentication(principal, account.securityStamp()));
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private static boolean mustChange() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActorPrincipal p && p.mustChangePassword();
    }
}
