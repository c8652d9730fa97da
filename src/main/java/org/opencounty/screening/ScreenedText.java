package org.opencounty.screening;

import java.util.Arrays;

/**
 * The text under screening in two forms: as written ({@code original}) and as a person reads it
 * ({@code folded}, see {@link Reading}), with a map from every folded char back to the original chars it
 * came from. Rules match on {@code folded} and report the original text between the mapped offsets, so a
 * finding points at what the submitter wrote, invisible characters and all.
 */
final class ScreenedText {

    private final String original;
    private final String folded;
    /** For folded char i: the original chars it came from, {@code [from[i], to[i])}. */
    private final int[] from;
    private final int[] to;

    private ScreenedText(String original, String folded, int[] from, int[] to) {
        this.original = original;
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    static ScreenedText of(String text) {
        Builder builder = new Builder(text.length());
        Reading.fold(text, builder);
        return new ScreenedText(text, builder.text.toString(), Arrays.copyOf(builder.from, builder.text.length()),
                Arrays.copyOf(builder.to, builder.text.length()));
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    /** The offset in the original text where folded char {@code start} comes from. */
    int originalStart(int start) {
        return start < from.length ? from[start] : original.length();
    }

    /** The offset in the original text just after the chars folded char {@code end - 1} comes from. */
    int originalEnd(int end) {
        return end == 0 ? 0 : to[end - 1];
    }

    /** A finding over folded chars {@code [start, end)}, reported with the original text and offset. */
    Finding finding(String rule, Severity severity, int start, int end, String message) {
        int originalStart = originalStart(start);
        return new Finding(rule, severity, original.substring(originalStart, originalEnd(end)), originalStart, message);
    }

    /** Only {@link Reading#fold} (the folded form of terms and contacts, which need no map). */
    static String fold(String text) {
        Builder builder = new Builder(text.length());
        Reading.fold(text, builder);
        return builder.text.toString();
    }

    /** Collects folded chars with the original range each one comes from. */
    static final class Builder {
        final StringBuilder text;
        int[] from;
        int[] to;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
        }

        void append(CharSequence chars, int originalStart, int originalEnd) {
            for (int i = 0; i < chars.length(); i++) {
                int at = text.length();
                if (at == from.length) {
                    from = Arrays.copyOf(from, at * 2);
                    to = Arrays.copyOf(to, at * 2);
                }
                text.append(chars.charAt(i));
                from[at] = originalStart;
                to[at] = originalEnd;
            }
        }
    }
}
