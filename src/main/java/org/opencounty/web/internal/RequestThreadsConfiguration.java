package org.opencounty.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Requests are served by Tomcat's own pool of platform threads ({@code server.tomcat.threads.max}, 200 by default),
 * not by virtual threads, which the rest of the platform keeps using (listeners, sweeps, tasks). Measured at a million
 * articles on two cores (bench/README.md, tenth round; docs/adr/0031-request-threads.md): with virtual threads, searches
 * at 8 connections waited up to seconds between arriving and being read, while Tomcat's own time for each stayed at
 * p99 27 ms; with platform threads, which the operating system time-slices, one word p95 went 80–210 ms → 35–40 ms at
 * the same throughput. {@code opencounty.web.request-threads=virtual} gives the virtual threads back.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadsConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's, which hands Tomcat a virtual-thread executor
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> platformRequestThreads(
            @Value("${opencounty.web.request-threads:platform}") String threads) {
        return factory -> {
            if (threads.equals("platform")) {
                // No executor given: Tomcat makes its own pool from server.tomcat.threads.*.
                factory.addProtocolHandlerCustomizers(protocol -> protocol.setExecutor(null));
            } else if (!threads.equals("virtual")) {
                throw new IllegalArgumentException("opencounty.web.request-threads is platform or virtual, not " + threads);
            }
        };
    }
}
