package org.opencounty.interaction;

import java.security.SecureRandom;

/** Query codes like applications' (查询码): ten characters without the ones people confuse (0/O, 1/I/L). */
final class QueryCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
