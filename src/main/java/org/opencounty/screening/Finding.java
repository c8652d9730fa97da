package org.opencounty.screening;

import java.util.Objects;

/**
 * One piece of prohibited content.
 *
 * @param rule     the stable code of the rule that found it (the constants of {@link ScreeningRules})
 * @param text     the text exactly as it appears in the screened plain text
 * @param position the 0-based char offset of {@code text} in the screened plain text
 * @param message  what is wrong, in Chinese, for the submitter
 */
public record Finding(String rule, Severity severity, String text, int position, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        if (position < 0) {
            throw new IllegalArgumentException("position < 0");
        }
    }

    /** The offset just after the matched text. */
    public int end() { return position + text.length(); }
}
