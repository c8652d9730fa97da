package org.opencounty.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.opencounty.accounts.AuthenticationOutcome;
import org.opencounty.accounts.Authenticator;
import org.opencounty.accounts.LoginRefusedException;
import org.opencounty.accounts.ApiTokens;
import org.opencounty.accounts.SecuritySettings;
import org.opencounty.common.web.ClientAddress;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.opencounty.common.ActorPrincipal;
import org.opencounty.common.web.ApiError;
import org.opencounty.common.web.ClientErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the JSON API authenticates every request by bearer token and keeps no session (so no
 * cookie can ride along and CSRF does not apply); the web pages use form login with sessions and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {"INFO_OFFICER", "UNIT_LEADER", "CASE_HANDLER", "CENTER_EDITOR", "CENTER_ADMIN", "SUPERVISOR",
            "TOWNSHIP_REVIEWER", "VILLAGE_MONITOR"};
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only provider: as a bean it is the global authentication manager's, which the form login's manager asks.
     * Registering it with the chain as well made a refused login ask it twice, counting one wrong password twice.
     */
    @Bean
    AuthenticationProvider accountAuthenticationProvider(Authenticator authenticator) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : ClientAddress.current();
                Authenticator.SignedIn signedIn = authenticator.signIn(authentication.getName(),
                        String.valueOf(authentication.getCredentials()), address);
                return SessionStamp.authentication(signedIn.principal(), signedIn.securityStamp());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecuritySettings settings) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/citizens").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*", "/api/v1/search",
                                "/api/v1/service-items", "/api/v1/service-items/*", "/api/v1/service-items/*/completeness",
                                "/api/v1/fees", "/api/v1/fees/*", "/api/v1/scenarios", "/api/v1/scenarios/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**", "/api/v1/applications/status").permitAll()
                        // Public interaction: anyone may leave a message, follow it with its query code, read the answered ones.
                        .requestMatchers(HttpMethod.POST, "/api/v1/messages").permitAll()
                        // 好差评: a message's writer may rate with its query code; the aggregates are public.
                        .requestMatchers(HttpMethod.POST, "/api/v1/ratings").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/ratings/summary", "/api/v1/ratings/figures").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/messages/status", "/api/v1/messages/public",
                                "/api/v1/disclosure-requests/fee-quote", "/api/v1/disclosure-requests/status").permitAll()
                        // Grassroots disclosure (issue 14): the published versions are public, questions and objections
                        // come from anyone; the domain methods decide what each caller sees.
                        .requestMatchers(HttpMethod.GET, "/api/v1/village-disclosures", "/api/v1/village-disclosures/*",
                                "/api/v1/village-disclosures/*/questions", "/api/v1/villages/*/timeliness", "/api/v1/party-disclosures",
                                "/api/v1/party-disclosures/*", "/api/v1/communities/*/services", "/api/v1/communities/*/notices",
                                "/api/v1/community-notices/*", "/api/v1/activities",
                                "/api/v1/activities/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/village-disclosures/*/questions",
                                "/api/v1/announcements/*/objections").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("CENTER_ADMIN", "SUPERVISOR")
                        // Every member of staff has notices (handlers too); SupervisionNotices turns citizens away.
                        .requestMatchers("/api/v1/supervision/notifications", "/api/v1/supervision/notifications/**").authenticated()
                        .requestMatchers("/api/v1/supervision/**").hasAnyRole("SUPERVISOR", "CENTER_ADMIN", "UNIT_LEADER")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                json(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "请先登录或提供有效的访问令牌"))
                        .accessDeniedHandler((request, response, e) ->
                                json(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "无权执行此操作")))
                .headers(headers -> transportSecurity(headers, settings)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginCounters records, SecuritySettings settings) throws Exception {
        // Back to the page that asked for sign-in; otherwise staff land in the back office, citizens on their account.
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response, Authentication authentication) {
                return authentication.getPrincipal() instanceof ActorPrincipal principal && principal.actor().isStaff()
                        ? "/admin" : "/account";
            }
        };
        success.setRedirectStrategy(new RelativeRedirects());
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        toLogin.setFavorRelativeUris(true);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasAnyRole(STAFF)
                        .requestMatchers("/account/**", "/services/*/apply").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("CENTER_ADMIN")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(success)
                        .failureHandler((request, response, e) -> {
                            AuthenticationOutcome outcome = e instanceof LoginRefusedException refused
                                    ? refused.outcome() : AuthenticationOutcome.BAD_CREDENTIALS;
                            response.sendRedirect(request.getContextPath() + switch (outcome) {
                                case ACCOUNT_LOCKED -> "/login?locked";
                                case THROTTLED -> "/login?throttled";
                                case BAD_CREDENTIALS, ACCOUNT_DISABLED -> "/login?error";
                            });
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toLogin))
                .addFilterAfter(new SessionEndFilter(records), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), SessionEndFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> transportSecurity(headers, settings)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Behind a reverse proxy that terminates HTTPS the request itself looks like plain HTTP, so the platform is told
     * (opencounty.security.behind-https) and then sends HSTS on every response; otherwise only on HTTPS requests.
     */
    private static HeadersConfigurer<HttpSecurity> transportSecurity(HeadersConfigurer<HttpSecurity> headers, SecuritySettings settings) {
        if (settings.behindHttps()) {
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(settings.hstsMaxAge().toSeconds()).includeSubDomains(false));
        }
        return headers;
    }

    static void json(HttpServletResponse response, int status, String code, String message) throws java.io.IOException {
        ClientErrors.write(response, status, ApiError.of(code, message));
    }
}
