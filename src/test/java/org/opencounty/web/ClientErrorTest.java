package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of request the server cannot serve is the client's mistake: a 4xx with the standard error body under
 * {@code /api/} and the site's Chinese error page elsewhere, never a 500, never Tomcat's English page, never a stack
 * trace in the log. Over real HTTP, because the servlet container's error handling is part of what is tested.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorTest extends IntegrationTest {

    private static final String JSON = "application/json";
    private static final String LONG = "长".repeat(4_000);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private String officer;

    record Case(String kind, String method, String path, String contentType, String body, boolean signedIn,
                int status, String code, String field) {

        @Override
        public String toString() {
            return kind + ": " + method + " " + (path.length() > 60 ? path.substring(0, 60) + "…" : path);
        }
    }

    @BeforeAll
    void signIn() throws Exception {
        officer = tokenFor("officer1");
    }

    static Stream<Case> api() {
        return Stream.of(
                new Case("missing parameter", "GET", "/api/v1/service-items/completeness-report", null, null, true, 400, "MISSING_PARAMETER", "unit"),
                new Case("missing multipart part", "POST", "/api/v1/articles/1/attachments", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n", true, 400, "MISSING_PARAMETER", "file"),
                new Case("not multipart at all", "POST", "/api/v1/articles/1/attachments", JSON, "{}", true, 400, "MALFORMED_REQUEST", null),
                new Case("wrong Content-Type", "POST", "/api/v1/auth/token", "text/plain", "username=a", false, 415, "UNSUPPORTED_MEDIA_TYPE", null),
                new Case("malformed JSON", "POST", "/api/v1/auth/token", JSON, "{\"username\":", false, 400, "MALFORMED_REQUEST", null),
                new Case("JSON of the wrong type", "PUT", "/api/v1/articles/1", JSON, "{\"version\":\"eins\"}", true, 400, "MALFORMED_REQUEST", null),
                new Case("path type mismatch", "GET", "/api/v1/articles/abc", null, null, true, 400, "MALFORMED_REQUEST", "id"),
                new Case("query type mismatch", "GET", "/api/v1/fees?page=abc", null, null, false, 400, "MALFORMED_REQUEST", "page"),
                new Case("page number beyond int", "GET", "/api/v1/fees?page=99999999999", null, null, false, 400, "MALFORMED_REQUEST", "page"),
                new Case("page number near the limit", "GET", "/api/v1/fees?page=2147483647", null, null, false, 400, "VALIDATION_FAILED", "page"),
                new Case("page number near the limit", "GET", "/api/v1/service-items?page=2147483647", null, null, false, 400, "VALIDATION_FAILED", "page"),
                new Case("page number near the limit", "GET", "/api/v1/search?q=x&page=2147483647", null, null, false, 400, "VALIDATION_FAILED", "page"),
                new Case("page number zero", "GET", "/api/v1/search?q=x&page=0", null, null, false, 400, "VALIDATION_FAILED", "page"),
                new Case("method not allowed", "DELETE", "/api/v1/units", null, null, true, 405, "METHOD_NOT_ALLOWED", null),
                new Case("method not allowed", "PATCH", "/api/v1/me", null, null, true, 405, "METHOD_NOT_ALLOWED", null),
                new Case("unknown route", "GET", "/api/v1/nothing-here", null, null, true, 404, "NOT_FOUND", null),
                new Case("not acceptable", "GET", "/api/v1/me", null, null, true, 406, "NOT_ACCEPTABLE", null),
                new Case("JSON body too large", "POST", "/api/v1/auth/token", JSON,
                        "{\"username\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}", false, 413, "PAYLOAD_TOO_LARGE", null),
                new Case("header too long", "GET", "/api/v1/search?q=x", null, null, false, 400, "MALFORMED_REQUEST", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("api")
    void apiAnswersTheStandardErrorBody(Case c, CapturedOutput output) throws Exception {
        HttpResponse<String> response = answered(c, output, "application/json");
        Map<String, Object> body = JsonPath.read(response.body(), "$");
        assertThat(body).containsKeys("code", "message", "fields");
        assertThat(body.get("code")).isEqualTo(c.code());
        assertThat((String) body.get("message")).isNotBlank().doesNotContain("Exception");
        if (c.field() != null) {
            assertThat(((Map<?, ?>) body.get("fields")).containsKey(c.field())).as("fields hold " + c.field()).isTrue();
        }
    }

    static Stream<Case> pages() {
        return Stream.of(
                new Case("unknown page", "GET", "/no-such-page", null, null, false, 404, null, null),
                new Case("query type mismatch", "GET", "/columns/notices?page=abc", null, null, false, 400, null, null),
                new Case("missing parameter type", "GET", "/search?year=zwei", null, null, false, 400, null, null),
                new Case("query string too long", "GET", "/search?q=" + "a".repeat(20_000), null, null, false, 400, null, null),
                new Case("header too long", "GET", "/search?q=x", null, null, false, 400, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagesAnswerTheSitesChineseErrorPage(Case c, CapturedOutput output) throws Exception {
        HttpResponse<String> response = answered(c, output, "text/html");
        assertThat(response.body()).contains("lang=\"zh-CN\"").containsAnyOf("无法完成请求", "请求无法处理", "页面不存在")
                .doesNotContain("HTTP Status").doesNotContain("Bad Request").doesNotContain("Whitelabel");
    }

    /** The answer to the case, having checked its status and type and that nothing was logged as an error. */
    private HttpResponse<String> answered(Case c, CapturedOutput output, String type) throws Exception {
        int logged = output.length();
        HttpResponse<String> response = send(c);
        assertThat(response.statusCode()).as(c.toString()).isEqualTo(c.status());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(output.toString().substring(logged)).doesNotContain(" ERROR ").doesNotContain("\tat org.");
        return response;
    }

    @Test
    void pageNumbersNearTheIntegerLimitShowAnEmptyPage() throws Exception {
        for (String path : List.of("/columns/notices?page=2147483647", "/units/market/catalogue?page=2147483647",
                "/search?q=%E5%8E%BF&page=2147483647")) {
            HttpResponse<String> response = send(new Case("page", "GET", path, null, null, false, 0, null, null));
            assertThat(response.statusCode()).as(path).isIn(200, 404);
        }
    }

    private HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.signedIn()) {
            request.header("Authorization", bearer(officer));
        }
        if (c.kind().equals("header too long")) {
            request.header("X-Padding", "p".repeat(20_000));
        }
        request.header("Accept", c.kind().equals("not acceptable") ? "application/xml" : c.path().startsWith("/api/") ? JSON : "text/html");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
