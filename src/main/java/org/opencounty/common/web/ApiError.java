package org.opencounty.common.web;

import java.util.Map;

/** The one shape of every API error: {@code {"code","message","fields"}}. */
public record ApiError(String code, String message, Map<String, String> fields) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, Map.of());
    }
}
