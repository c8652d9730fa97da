package org.opencounty.review;

/**
 * A screening finding as every kind of submission reports it: the field, the rule, BLOCK or WARN, and an excerpt (the
 * match with a little text either side, on one line). {@code text}, {@code position} (in the field) and
 * {@code message} say what matched and why; {@code before} and {@code after} are the excerpt's sides, so that a
 * page can highlight the match.
 */
public record ScreeningFinding(String field, String rule, String severity, String excerpt, String text, int position,
                               String message, String before, String after) {

    public boolean blocking() {
        return severity.equals("BLOCK");
    }
}
