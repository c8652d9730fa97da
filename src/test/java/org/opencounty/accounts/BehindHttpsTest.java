package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Told that a reverse proxy serves HTTPS in front, the platform marks the session cookie Secure and sends HSTS even
 * though the request reaching it is plain HTTP. (Its own application context, so kept to one test.)
 */
@TestPropertySource(properties = "opencounty.security.behind-https=true")
class BehindHttpsTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureAndHstsIsSent() throws Exception {
        String headers = HostHeaderAndTransportTest.rawGet(port, "/login", "localhost");
        assertThat(headers).containsIgnoringCase("\r\nStrict-Transport-Security: max-age=31536000");
        assertThat(headers.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie: JSESSIONID", 0, 22)))
                .singleElement().asString().containsIgnoringCase("; Secure");
    }
}
