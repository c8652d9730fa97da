package org.opencounty.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per name: "Admin", "ADMIN" and full-width "ａｄｍｉｎ" are all "admin", at creation and at sign-in,
 * so that nobody can hold a lookalike of another person's name.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 64;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private Usernames() {
    }

    /** NFKC, then lower case, without surrounding space. */
    public static String normalise(String username) {
        if (username == null) {
            return "";
        }
        return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** Whether a normalised name could belong to an account at all (no control or format characters, not too long). */
    static boolean couldExist(String normalised) {
        return !normalised.isEmpty() && normalised.length() <= MAX_LENGTH && !INVISIBLE.matcher(normalised).find();
    }

    /** What the audit log may store of a name somebody typed: visible characters, within the column. */
    static String forAudit(String normalised) {
        String visible = INVISIBLE.matcher(normalised).replaceAll("?");
        return visible.length() <= MAX_LENGTH ? visible : visible.substring(0, MAX_LENGTH);
    }
}
