package org.opencounty.accounts.internal;

import org.opencounty.accounts.SecuritySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in the database (Spring Session JDBC, tables of Flyway V25_1) when more than one node serves the platform
 * ({@code opencounty.sessions.store=jdbc}): a visitor signed in on one node goes on on another. One node keeps the
 * container's in-memory sessions (the default). The security stamp of ADR 0010 travels in the session's
 * authentication and is checked against the database on every request, so it ends sessions on every node alike.
 * The cookie keeps the container cookie's name and flags.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opencounty.sessions.store", havingValue = "jdbc")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800, cleanupCron = "0 */5 * * * *")
class SharedSessions {

    @Bean
    CookieSerializer sessionCookie(SecuritySettings settings) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(settings.behindHttps());
        // The id only, as the container sends it: the base64 form would change the cookie's value for nothing.
        cookie.setUseBase64Encoding(false);
        return cookie;
    }
}
