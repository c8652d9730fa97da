package org.opencounty.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a JSON endpoint into an {@link ApiError} with a fitting status. Requests the server could not
 * read (a missing parameter or part, a wrong Content-Type, malformed JSON, a body too large) are the client's mistake:
 * 4xx, logged without a stack trace. Only a fault of the server answers 500 and is logged as an error.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> domain(DomainException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("message", e.getMessage());
        body.put("fields", e.fields());
        body.putAll(e.details());
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), error.getDefaultMessage()));
        return ResponseEntity.badRequest().body(new ApiError("VALIDATION_FAILED", "提交的内容有误，请按提示修改", fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyLimit.exceeded(e)) {
            return client(HttpStatus.PAYLOAD_TOO_LARGE.value(), ClientErrors.of(413), e);
        }
        return client(400, new ApiError("MALFORMED_REQUEST", "请求内容不是有效的JSON，或其中的值格式不正确", field(e)), e);
    }

    /** The JSON property whose value could not be read, when Jackson knows it. */
    private static Map<String, String> field(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                String name = json.getPath().getLast().getPropertyName();
                return name == null ? Map.of() : Map.of(name, "格式不正确");
            }
        }
        return Map.of();
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
        return client(400, new ApiError("MALFORMED_REQUEST", "请求格式不正确", Map.of(name, "格式不正确")), e);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return client(400, new ApiError("MISSING_PARAMETER", "缺少必填参数", Map.of(e.getParameterName(), "请填写此项")), e);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return client(400, new ApiError("MISSING_PARAMETER", "缺少必填参数", Map.of(e.getRequestPartName(), "请选择要上传的文件")), e);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiError.of("STALE_VERSION", "该记录已被他人修改，请刷新后重试；您的修改未保存"));
    }

    /** Two requests creating the same record at once: the database's unique constraint refused the later one. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> duplicate(DataIntegrityViolationException e) {
        if (UniqueViolation.is(e)) {
            return client(409, UniqueViolation.ERROR, e);
        }
        log.error("Unexpected error in API call", e);
        return ResponseEntity.internalServerError().body(ClientErrors.of(500));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("FORBIDDEN", "无权执行此操作"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletResponse servletResponse) throws IOException {
        if (DatabaseUnavailable.is(e)) {
            log.warn("API request answered 503, the database does not answer: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
                    .body(DatabaseUnavailable.ERROR);
        }
        // Spring's own refusals (wrong method or Content-Type, missing header, upload too large…) carry their status.
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            int status = response.getStatusCode().value();
            if (status == HttpStatus.NOT_ACCEPTABLE.value()) {
                // The client accepts no type the body could be written in: it is written as JSON all the same.
                log.info("API request refused with 406: {}", e.getMessage());
                ClientErrors.write(servletResponse, status, ClientErrors.of(status));
                return null;
            }
            return client(status, ClientErrors.of(status), e);
        }
        if (e instanceof MultipartException) {
            return client(400, ApiError.of("MALFORMED_REQUEST", "上传的内容格式不正确，请以multipart/form-data提交"), e);
        }
        log.error("Unexpected error in API call", e);
        return ResponseEntity.internalServerError().body(ClientErrors.of(500));
    }

    private static ResponseEntity<ApiError> client(int status, ApiError error, Exception e) {
        log.info("API request refused with {} {}: {}", status, error.code(), e.getMessage());
        return ResponseEntity.status(status).body(error);
    }
}
