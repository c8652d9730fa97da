package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While the database refuses connections (stopped, restarting), a request that needs it is told to try again later
 * (503 with Retry-After, the API's DATABASE_UNAVAILABLE), not shown a server error; pages already cached are served;
 * once the database answers again so does everything else.
 */
class DatabaseDownTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource dataSource;

    @Test
    void requestsThatNeedTheDatabaseAnswer503WhileItIsDownAndWorkAgainAfter() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String database = jdbc.sql("select current_database()").query(String.class).single();
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/").headers().firstValue("X-Page-Cache")).hasValue("HIT");

        try {
            allowConnections(pool, database, false);

            HttpResponse<String> page = get("/articles/987654321");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("暂不可用").contains("系统暂时无法访问数据库");

            HttpResponse<String> api = get("/api/v1/fees");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");

            assertThat(get("/").statusCode()).as("a cached page is still served").isEqualTo(200);
        } finally {
            allowConnections(pool, database, true);
        }
        assertThat(get("/api/v1/fees").statusCode()).isEqualTo(200);
        assertThat(get("/articles/987654321").statusCode()).isEqualTo(404);
    }

    /** From another database of the same server (PostgreSQL refuses it from the database itself); the pool starts anew. */
    private static void allowConnections(HikariDataSource pool, String database, boolean allow) throws Exception {
        String other = pool.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1template1");
        try (Connection connection = DriverManager.getConnection(other, pool.getUsername(), pool.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections " + allow);
        }
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
