package org.opencounty;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration;
import org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration;
import org.springframework.boot.transaction.jta.autoconfigure.JtaAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The auto-configurations left out apply on this classpath but serve nothing the platform uses, and each costs its
 * parsing, conditions and beans at every start (docs/adr/0030-start.md): no build or git info, no info endpoint
 * (only health and prometheus are exposed), no JTA, actuator JSON through Jackson 3 rather than 2, no per-call
 * repository timers, no Spring Data paging arguments in controllers, no SSL bundles (HTTPS ends at the proxy),
 * no externalized events and no Modulith "moments" (hourly time events nobody listens to).
 */
@SpringBootApplication(exclude = {
        ProjectInfoAutoConfiguration.class, InfoContributorAutoConfiguration.class, JtaAutoConfiguration.class,
        Jackson2EndpointAutoConfiguration.class, DataRepositoryMetricsAutoConfiguration.class,
        DataWebAutoConfiguration.class, SslHealthContributorAutoConfiguration.class, SslMetricsAutoConfiguration.class},
        // Not public, or not on the compile classpath: by name (a wrong name fails the start, so the tests catch it).
        excludeName = {"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
                "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration"})
@ConfigurationPropertiesScan
@EnableScheduling
public class OpenCountyApplication {

    public static void main(String[] args) {
        // The embedded database must outlive the Spring context: it starts first (beside the context's first seconds)
        // and stops last, otherwise the connection pool blocks shutdown waiting for a server that is already gone.
        EmbeddedDatabase.Starting database = EmbeddedDatabase.startUnlessConfigured(args);
        SpringApplication application = new SpringApplication(OpenCountyApplication.class);
        application.setRegisterShutdownHook(false);
        application.addInitializers(database::awaitBeforeDataSource);
        StartupSteps steps = StartupSteps.recordIfAsked(application);
        // One hook, registered before the context starts, so that a stop during the start leaves no server behind.
        AtomicReference<ConfigurableApplicationContext> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext context = running.get();
            if (context != null) {
                context.close();
            }
            database.close();
        }, "opencounty-shutdown"));
        try {
            running.set(application.run(args));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        steps.logLongest();
    }
}
