package org.opencounty.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code and Chinese message of each HTTP error status that is not a domain refusal (a request the server could not
 * read, a route or method that does not exist, a body too large), and the one way to write an {@link ApiError} outside
 * Spring MVC (security filters, the error page, the servlet container).
 */
public final class ClientErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<Integer, ApiError> BY_STATUS = Map.of(
            400, ApiError.of("MALFORMED_REQUEST", "请求格式不正确"),
            401, ApiError.of("UNAUTHENTICATED", "请先登录或提供有效的访问令牌"),
            403, ApiError.of("FORBIDDEN", "无权执行此操作"),
            404, ApiError.of("NOT_FOUND", "请求的内容不存在"),
            405, ApiError.of("METHOD_NOT_ALLOWED", "不支持该请求方法"),
            406, ApiError.of("NOT_ACCEPTABLE", "无法以所要求的格式答复"),
            413, ApiError.of("PAYLOAD_TOO_LARGE", "提交的内容过大"),
            414, ApiError.of("URI_TOO_LONG", "请求地址过长"),
            415, ApiError.of("UNSUPPORTED_MEDIA_TYPE", "不支持该内容类型，请以JSON（application/json）提交"),
            431, ApiError.of("HEADERS_TOO_LARGE", "请求头或请求地址过长"));

    private static final ApiError INTERNAL = ApiError.of("INTERNAL_ERROR", "系统内部错误，请稍后重试");

    private ClientErrors() {
    }

    /** The standard body for a status: its own code for the known client errors, a generic one for the rest. */
    public static ApiError of(int status) {
        if (status >= 500) {
            return INTERNAL;
        }
        return BY_STATUS.getOrDefault(status, BY_STATUS.get(400));
    }

    /** The Chinese message people see for a status (the error page says the same as the API). */
    public static String message(int status) {
        return of(status).message();
    }

    public static String json(ApiError error) {
        return JSON.writeValueAsString(error);
    }

    public static void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(error));
    }
}
