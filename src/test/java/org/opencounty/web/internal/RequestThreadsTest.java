package org.opencounty.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executor;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.TomcatVirtualThreadsWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/**
 * The threads a started Tomcat serves requests with, after Spring Boot's virtual-thread customizer and ours, in the
 * order the context applies them (docs/adr/0031-request-threads.md).
 */
@Tag("fast")
class RequestThreadsTest {

    @ParameterizedTest
    @CsvSource({"platform, false", "virtual, true"})
    void requestsRunOnTheThreadsTheSettingNames(String setting, boolean virtual) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new TomcatVirtualThreadsWebServerFactoryCustomizer().customize(factory);
        new RequestThreadsConfiguration().platformRequestThreads(setting).customize(factory);
        TomcatWebServer server = (TomcatWebServer) factory.getWebServer();
        try {
            server.start();
            Executor executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
            assertThat(executor).isNotNull();
            assertThat(executor instanceof VirtualThreadExecutor).isEqualTo(virtual);
        } finally {
            server.stop();
        }
    }

    @Test
    void anotherSettingIsRefused() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        assertThatThrownBy(() -> new RequestThreadsConfiguration().platformRequestThreads("fast").customize(factory))
                .hasMessageContaining("platform or virtual");
    }
}
