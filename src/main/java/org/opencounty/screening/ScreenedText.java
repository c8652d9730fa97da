package org.opencounty.screening;

/**
 * The text under screening in two forms of equal length: as written, and folded so that one pattern
 * covers what submitters type in either width (full-width digits, letters, ＊, ：, （）, ideographic
 * and no-break spaces). Rules match on {@code folded} and report text from {@code original}; since
 * folding maps one char to one char, offsets are the same in both.
 */
record ScreenedText(String original, String folded) {

    static ScreenedText of(String text) {
        return new ScreenedText(text, fold(text));
    }

    Finding finding(String rule, Severity severity, int start, int end, String message) {
        return new Finding(rule, severity, original.substring(start, end), start, message);
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
            case '\u2010', '\u2011', '\u2212' -> '-';
            default -> c;
        };
    }
}
