package org.opencounty.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (String property : List.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=", "server.port=0", "opencounty.mode=production",
                "opencounty.admin.username=", "opencounty.admin.password=")) {
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
}
