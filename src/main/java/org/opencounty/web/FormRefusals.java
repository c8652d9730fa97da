package org.opencounty.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import org.opencounty.common.DomainException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a back-office form answers a refusal: the form again, as typed, with the Chinese messages, and the status that
 * fits the refusal (400 invalid input, 403 not allowed, 404 not found, 409 stale version or wrong state, 422
 * screening), so that a page refuses as the API does and nothing typed is lost. One place instead of a try/catch
 * per action.
 */
public final class FormRefusals {

    /** A form's action: what it answers when it succeeds (usually a redirect). */
    public interface Action {
        String run();
    }

    private FormRefusals() {
    }

    /**
     * Runs {@code action}; a refusal renders {@code form} (given the refusal) with the refusal's status on the current
     * response. Anything else than a refusal is not the form's to answer and goes on to the error pages.
     */
    public static String handle(Action action, Function<DomainException, String> form) {
        try {
            return action.run();
        } catch (DomainException e) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletResponse response = attributes.getResponse();
                if (response != null) {
                    response.setStatus(e.status());
                }
            }
            return form.apply(e);
        }
    }

    /** The refusal's messages as the form shows them: by field, or the whole form's under {@code form}. */
    public static Map<String, String> messages(DomainException e) {
        return e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields();
    }
}
