package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;

/** The Host header a client sends never becomes the target of a redirect. */
class HostHeaderAndTransportTest extends IntegrationTest {

    @LocalServerPort
    int port;

    /** A raw request to the running server, so that Tomcat's own handling of redirects is what is tested. */
    static String rawGet(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        }
    }

    @Test
    void theRedirectToSignInIsRelativeWhateverTheHost() throws Exception {
        String headers = rawGet(port, "/admin/units", "evil.example");
        assertThat(headers).startsWith("HTTP/1.1 302").doesNotContainIgnoringCase("evil.example")
                .containsIgnoringCase("\r\nLocation: /login");
        assertThat(rawGet(port, "/account", "evil.example:8443")).doesNotContainIgnoringCase("evil.example");
    }

    @Test
    void afterSignInTheSavedPageIsReachedOnThisSite() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/admin/units").session(session).header("Host", "evil.example"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").session(session).header("Host", "evil.example").with(csrf())
                        .param("username", "officer1").param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/admin/units?continue"));
    }

    @Test
    void withoutHttpsInFrontThereIsNoHsts() throws Exception {
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
