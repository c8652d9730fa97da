package org.opencounty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
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
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        steps.logLongest();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            database.close();
        }, "opencounty-shutdown"));
    }
}
