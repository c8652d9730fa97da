package org.opencounty.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounty.common.DomainException;
import org.opencounty.common.web.UniqueViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows a refusal raised while rendering a page as a page in Chinese, with the fitting status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionHandler {

    private final PageContexts pageContexts;

    HtmlExceptionHandler(PageContexts pageContexts) {
        this.pageContexts = pageContexts;
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(e.status(), e.getMessage(), request, response, model);
    }

    /** Two requests creating the same record at once: the later one is told so, not shown a server error. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String duplicate(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!UniqueViolation.is(e)) {
            throw e;
        }
        return page(409, UniqueViolation.ERROR.message(), request, response, model);
    }

    private String page(int status, String message, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status);
        // Exception handlers bypass the interceptors' postHandle, so the layout's context is added here.
        model.addAttribute("page", pageContexts.of(request));
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
