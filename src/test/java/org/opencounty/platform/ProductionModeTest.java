package org.opencounty.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencounty.OpenCountyApplication;
import org.opencounty.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Production mode never has demo data or demo passwords, and will not run without an administrator. */
class ProductionModeTest {

    /** Starts a platform of its own; command-line arguments outrank application.yml, as they do on a server. */
    private static ConfigurableApplicationContext production(String url, String... extra) {
        // A repeated argument would be joined into a list, so the test's values replace the defaults by name.
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : List.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=", "server.port=0", "opencounty.mode=production",
                "opencounty.admin.username=", "opencounty.admin.password=",
                // Never the working copy's ./data, which is bin/run's: a foreign audit checkpoint there is a tamper alarm.
                "opencounty.audit.checkpoint-dir=" + TestDatabase.scratchDirectory("production-audit"),
                "opencounty.storage.dir=" + TestDatabase.scratchDirectory("production-files"),
                "spring.jpa.properties.hibernate.search.backend.directory.root=" + TestDatabase.scratchDirectory("production-search"))) {
            properties.put(property.substring(0, property.indexOf('=')), property);
        }
        for (String property : extra) {
            properties.put(property.substring(0, property.indexOf('=')), property);
        }
        return new SpringApplicationBuilder(OpenCountyApplication.class)
                .run(properties.values().stream().map(property -> "--" + property).toArray(String[]::new));
    }

    @Test
    void refusesToStartWithoutAnAdministrator() throws Exception {
        String url = TestDatabase.freshDatabase("production_without_admin");
        assertThatThrownBy(() -> production(url).close())
                .hasStackTraceContaining("Production mode needs an administrator");
    }

    @Test
    void refusesTheDemoPasswordAndWeakPasswords() throws Exception {
        String url = TestDatabase.freshDatabase("production_weak_admin");
        assertThatThrownBy(() -> production(url, "opencounty.admin.username=root", "opencounty.admin.password=Demo#2026").close())
                .hasStackTraceContaining("demo password");
        assertThatThrownBy(() -> production(url, "opencounty.admin.username=root", "opencounty.admin.password=password").close())
                .hasStackTraceContaining("too weak");
    }

    @Test
    void createsTheSiteAndFirstAdministratorAndNoDemoData() throws Exception {
        String url = TestDatabase.freshDatabase("production_first_start");
        try (ConfigurableApplicationContext context = production(url,
                "opencounty.admin.username=chief", "opencounty.admin.password=Start#Prod2026",
                "opencounty.site.name=示例县人民政府", "opencounty.site.domain=www.example.gov.cn",
                "opencounty.site.site-id-code=6505210009", "opencounty.site.organiser=示例县人民政府办公室")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from account").query(String.class).list()).isEqualTo(List.of("chief"));
            assertThat(jdbc.sql("select must_change_password from account where username = 'chief'").query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("select site_id_code from site").query(String.class).single()).isEqualTo("6505210009");
        }
    }

    private static Map<Path, FileTime> workingCopyDataBefore;

    @BeforeAll
    static void lookAtTheWorkingCopysData() throws IOException {
        workingCopyDataBefore = workingCopyData();
    }

    /** A platform started by a test (also one refused at start, whose context closes) writes nothing into bin/run's data. */
    @AfterAll
    static void theWorkingCopysDataIsUntouched() throws IOException {
        assertThat(workingCopyData()).as("bin/run's ./data is not the tests'").isEqualTo(workingCopyDataBefore);
    }

    /** Every file under the working copy's ./data (bin/run's) with its modification time. */
    private static Map<Path, FileTime> workingCopyData() throws IOException {
        Path data = Path.of("data");
        if (!Files.exists(data)) {
            return Map.of();
        }
        try (var files = Files.walk(data)) {
            Map<Path, FileTime> times = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
            return times;
        }
    }
}
