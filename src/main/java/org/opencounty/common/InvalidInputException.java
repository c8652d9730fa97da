package org.opencounty.common;

import java.util.Map;

/** Input that breaks a rule; {@code fields} names each offending field. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message, Map<String, String> fields) {
        super("VALIDATION_FAILED", message, fields);
    }

    public InvalidInputException(Map<String, String> fields) {
        this("提交的内容有误，请按提示修改", fields);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, Map.of(field, message));
    }

    @Override
    public int status() {
        return 400;
    }
}
