package org.opencounty.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text into the form a person reads, so that a disguise a reader does not see cannot slip a marking, a
 * number or a term past the rules (docs/screening.md, "Normalisation"). In this order, per piece of text
 * that Unicode normalisation treats as a unit:
 * <ol>
 * <li>invisible characters are dropped: format characters (Cf: zero-width space and joiners, word joiner,
 *     soft hyphen, byte-order mark, bidirectional controls, tags), every other default-ignorable code point
 *     (variation selectors, combining grapheme joiner, Hangul fillers) and control characters other than
 *     tab, line feed and carriage return;</li>
 * <li>NFKC: full-width forms, compatibility ideographs and radicals, circled and enclosed characters, and
 *     the various spaces become their ordinary form;</li>
 * <li>combining marks left over are dropped (a mark over 机 does not change how it reads);</li>
 * <li>traditional characters become simplified (ICU's Hant-Hans, one character at a time);</li>
 * <li>star-like symbols become ★, dash-like ones {@code -}, line and paragraph separators a line feed.</li>
 * </ol>
 * Spaces and separators are kept here: the rules decide where they count as absent (inside a marking, a
 * number or a term), because elsewhere they separate two numbers.
 */
final class Reading {

    static final char STAR = '★';

    /**
     * What a reader skips inside a marking or a term ({@code 内 部 资 料}, {@code 内-部·资·料}, {@code 六★合★彩}):
     * spaces, tabs and separating punctuation, never a line end.
     */
    private static final String SEPARATOR_CHARS = " \t-_.·・•‧/|~,、★";
    /** {@link #SEPARATOR_CHARS} as a regular expression: any number of them. */
    static final String SEPARATORS = "[ \\t\\-_.·・•‧/|~,、★]*";

    /** Symbols a reader takes for the star of a classification marking (and for the * that masks a number). */
    private static final String STARS = "*☆✩✪✫✬✭✮✯✰⭐🌟🌠✡※⁎⁑∗⋆✦✧✱✲✳✴✵✶✷✸✹✺✻✼✽✾❂❉❊❋⍟⚝⛤⛥⛦⛧⭑⭒٭✢✣✤✥🟉🟊🟋🟌🟍🟎🟏🟐🟑🟒🟓🟔💫";
    private static final String DASHES = "‐‑‒–—―⁃−﹘﹣－⸺⸻";

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
    /** Han characters seen so far and their simplified form; the transliterator is slow and not thread-safe. */
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();

    private Reading() {
    }

    static void fold(String text, ScreenedText.Builder out) {
        int length = text.length();
        int start = 0;
        StringBuilder piece = new StringBuilder();
        while (start < length) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < length && !NFKC.hasBoundaryBefore(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            piece.setLength(0);
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                if (!invisible(c)) {
                    piece.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            if (!piece.isEmpty()) {
                String normal = piece.length() == 1 && NFKC.isInert(piece.charAt(0)) ? piece.toString() : NFKC.normalize(piece);
                for (int i = 0; i < normal.length(); ) {
                    int c = normal.codePointAt(i);
                    i += Character.charCount(c);
                    if (!invisible(c) && !combiningMark(c)) {
                        out.append(read(c), start, end);
                    }
                }
            }
            start = end;
        }
    }

    static boolean isSeparator(char c) {
        return SEPARATOR_CHARS.indexOf(c) >= 0;
    }

    private static boolean invisible(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = UCharacter.getType(c);
        return type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL
                || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static boolean combiningMark(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
    }

    private static CharSequence read(int c) {
        if (c < 0x80 && c != '*') {
            return String.valueOf((char) c);
        }
        if (STARS.indexOf(c) >= 0) {
            return String.valueOf(STAR);
        }
        if (DASHES.indexOf(c) >= 0) {
            return "-";
        }
        if (c == 0x2028 || c == 0x2029 || c == 0x85) {
            return "\n";
        }
        if (c == 0x2800) {
            return " ";
        }
        if (UScript.getScript(c) == UScript.HAN) {
            return SIMPLIFIED.computeIfAbsent(c, Reading::simplified);
        }
        return new String(Character.toChars(c));
    }

    private static String simplified(int c) {
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(new String(Character.toChars(c)));
        }
    }
}
