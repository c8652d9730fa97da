package org.opencounty.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No text anybody submits may hold a NUL character: PostgreSQL cannot store it, and no person types it. A query or form
 * parameter holding one is refused with 400 before anything reads it (JSON bodies: {@link JsonTextConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // before the security chain, so that no filter reads what is refused here
public class NulByteFilter extends OncePerRequestFilter {

    static final String MESSAGE = "含有无法识别的字符";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        // Multipart fields are read by Spring later; the query string is checked either way.
        Map<String, String[]> parameters = multipart ? Map.of() : request.getParameterMap();
        String query = request.getQueryString();
        String field = null;
        if (query != null && query.toLowerCase().contains("%00")) {
            field = "query";
        }
        for (var parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
                    field = parameter.getKey().replace("\0", "");
                }
            }
        }
        if (field == null) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith("/api/")) {
            ClientErrors.write(response, 400, new ApiError("MALFORMED_REQUEST", "请求格式不正确", Map.of(field, MESSAGE)));
        } else {
            response.sendError(400);
        }
    }
}
