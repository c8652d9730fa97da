package org.opencounty.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.accounts.Account;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The center's administrators create staff accounts, assign roles, reset passwords and disable accounts. */
@Controller
class AccountAdminController {

    private static final List<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.CITIZEN)).stream().toList();

    private final Accounts accounts;
    private final Units units;

    AccountAdminController(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/admin/accounts")
    String list(Actor actor, Model model) {
        model.addAttribute("accounts", accounts.staffOf(actor));
        model.addAttribute("unitNames", unitNames(actor));
        return "accounts/backoffice/accounts";
    }

    @GetMapping("/admin/accounts/new")
    String newAccount(Actor actor, Model model) {
        accounts.staffOf(actor);
        return createForm(actor, model, Map.of(), Set.of(), Map.of());
    }

    @PostMapping("/admin/accounts")
    String create(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Set<Role> roles = roles(params.get("roles"));
        try {
            Account account = accounts.createStaff(actor, params.getFirst("username"), params.getFirst("displayName"),
                    params.getFirst("unitCode"), roles, params.getFirst("password"));
            redirect.addFlashAttribute("message", "账号已创建，首次登录须修改密码");
            return "redirect:/admin/accounts/" + account.username();
        } catch (DomainException e) {
            return createForm(actor, model, params.toSingleValueMap(), roles, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @GetMapping("/admin/accounts/{username}")
    String show(Actor actor, @PathVariable String username, Model model) {
        return detail(actor, username, model, Map.of(), null);
    }

    @PostMapping("/admin/accounts/{username}/roles")
    String assign(Actor actor, @PathVariable String username, @RequestParam(required = false) List<String> roles,
                  @RequestParam String unitCode, Model model) {
        try {
            accounts.assign(actor, username, unitCode, roles(roles));
            return "redirect:/admin/accounts/" + username + "?saved";
        } catch (DomainException e) {
            return detail(actor, username, model, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields(), null);
        }
    }

    @PostMapping("/admin/accounts/{username}/reset-password")
    String reset(Actor actor, @PathVariable String username, Model model) {
        String password = accounts.generatePassword();
        accounts.resetPassword(actor, username, password);
        return detail(actor, username, model, Map.of(), "密码已重置为：" + password + "（请当面或电话告知本人，首次登录须修改）");
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(Actor actor, @PathVariable String username, Model model) {
        try {
            accounts.disable(actor, username);
            return "redirect:/admin/accounts/" + username;
        } catch (DomainException e) {
            return detail(actor, username, model, Map.of("form", e.getMessage()), null);
        }
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(Actor actor, @PathVariable String username) {
        accounts.enable(actor, username);
        return "redirect:/admin/accounts/" + username;
    }

    private String detail(Actor actor, String username, Model model, Map<String, String> errors, String message) {
        model.addAttribute("account", accounts.get(actor, username));
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("unitNames", unitNames(actor));
        model.addAttribute("allRoles", STAFF_ROLES);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "accounts/backoffice/account";
    }

    private String createForm(Actor actor, Model model, Map<String, String> values, Set<Role> roles, Map<String, String> errors) {
        model.addAttribute("units", units.directory(actor.siteId()));
        model.addAttribute("allRoles", STAFF_ROLES);
        model.addAttribute("values", values);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("errors", errors);
        return "accounts/backoffice/accountNew";
    }

    private Map<Long, String> unitNames(Actor actor) {
        return units.directory(actor.siteId()).stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> {
            try {
                return Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
