package org.opencounty.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.opencounty.accounts.Account;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.ApiTokens;
import org.opencounty.accounts.Authenticator;
import org.opencounty.accounts.LoginRefusedException;
import org.opencounty.accounts.RegistrationLimiter;
import org.opencounty.common.Actor;
import org.opencounty.common.ActorPrincipal;
import org.opencounty.common.Role;
import org.opencounty.common.web.ApiError;
import org.opencounty.sites.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, Instant expiresAt, boolean passwordChangeRequired) {
    }

    record CitizenRequest(String username, String phone, String email, String name, String password) {
    }

    record CitizenResponse(String username, String name, String phone, String email) {
    }

    record MeResponse(String username, String name, List<Role> roles, String unitCode, boolean passwordChangeRequired) {
    }

    record PasswordRequest(String currentPassword, String newPassword) {
    }

    private final Authenticator authenticator;
    private final ApiTokens tokens;
    private final Accounts accounts;
    private final RegistrationLimiter limiter;

    AccountApiController(Authenticator authenticator, ApiTokens tokens, Accounts accounts, RegistrationLimiter limiter) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.accounts = accounts;
        this.limiter = limiter;
    }

    /** Exchanges a username and password for a bearer token. */
    @PostMapping("/auth/token")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TokenResponse.class)))
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        try {
            ActorPrincipal principal = authenticator.signIn(request.username(), request.password(), http.getRemoteAddr()).principal();
            ApiTokens.IssuedToken issued = tokens.issue(principal);
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt(), issued.passwordChangeRequired()));
        } catch (LoginRefusedException e) {
            HttpStatus status = switch (e.outcome()) {
                case ACCOUNT_LOCKED -> HttpStatus.LOCKED;
                case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
                case BAD_CREDENTIALS, ACCOUNT_DISABLED -> HttpStatus.UNAUTHORIZED;
            };
            return ResponseEntity.status(status).body(ApiError.of(e.outcome().name(), e.getMessage()));
        }
    }

    /** Signs the presented token out; other tokens of the person stay valid. */
    @DeleteMapping("/auth/token")
    ResponseEntity<Void> signOut(Actor actor, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.signOut(actor, authorization.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }

    /** A citizen's self-registration, limited per client address. */
    @PostMapping("/citizens")
    ResponseEntity<CitizenResponse> register(@RequestBody CitizenRequest request, Site site, HttpServletRequest http) {
        limiter.check(http.getRemoteAddr());
        Account account = accounts.registerCitizen(site.id(), request.username(), request.name(), request.phone(),
                request.email(), request.password());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CitizenResponse(account.username(), account.displayName(), account.phone(), account.email()));
    }

    @GetMapping("/me")
    MeResponse me(Actor actor) {
        ActorPrincipal principal = authenticator.principalOf(accounts.find(actor.username()).orElseThrow());
        return new MeResponse(actor.username(), actor.displayName(), actor.roles().stream().sorted().toList(),
                actor.unitCode(), principal.mustChangePassword());
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody PasswordRequest request) {
        accounts.changeOwnPassword(actor, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
