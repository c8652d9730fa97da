package org.opencounty.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.opencounty.common.web.ApiError;
import org.opencounty.common.web.ClientErrors;
import org.opencounty.common.web.DatabaseUnavailable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything answered with an error status before or outside a controller's own handling (an unknown route, a wrong
 * method, an unreadable request, a filter's refusal): the standard JSON error under {@code /api/}, else the site's
 * Chinese error page. Replaces Spring Boot's English-only default.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (status == 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.is(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
            return answer(request, response, 503, DatabaseUnavailable.ERROR);
        }
        return answer(request, response, status, ClientErrors.of(status));
    }

    private static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status, ApiError error)
            throws IOException {
        if (isApi(request)) {
            ClientErrors.write(response, status, error);
            return null;
        }
        // The page chooses its layout (back office or portal) by the path that failed.
        return new ModelAndView("error", Map.of("status", status, "message", error.message(), "path", pathOf(request)),
                HttpStatus.valueOf(status));
    }

    static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }

    private static String pathOf(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return path == null ? "" : path;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return 500;
    }
}
