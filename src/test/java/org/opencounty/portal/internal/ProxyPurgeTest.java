package org.opencounty.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The purge hook asks the address configured, and a proxy that refuses or is down changes nothing for the platform. */
@Tag("fast")
class ProxyPurgeTest {

    @ParameterizedTest
    @CsvSource({"204, true", "200, true", "403, false", "500, false"})
    void aPurgeIsAPostToTheConfiguredAddress(int answer, boolean acknowledged) throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/purge", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        proxy.start();
        try {
            ProxyPurge purge = new ProxyPurge(URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/purge?site=all"));

            assertThat(purge.purge()).isEqualTo(acknowledged);
            assertThat(asked).containsExactly("POST /purge?site=all");
        } finally {
            proxy.stop(0);
        }
    }

    @org.junit.jupiter.api.Test
    void noAddressNoPurgeAndADeadProxyIsOnlyLogged() throws Exception {
        assertThat(new ProxyPurge(null).purge()).isFalse();
        assertThat(new PageCacheSettings(null, null, URI.create(""), null, null).purgeUrl()).isNull();

        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);
        assertThat(new ProxyPurge(URI.create("http://127.0.0.1:" + port + "/purge")).purge()).isFalse();
    }
}
