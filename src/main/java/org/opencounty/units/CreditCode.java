package org.opencounty.units;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation type, administrative
 * division, the 9-character organisation code (组织机构代码, GB 11714) and a check character over the first 17.
 */
public final class CreditCode {

    /** The code's alphabet: digits and capitals without I, O, S, V, Z. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Whether the text is a well-formed code with the right check character. */
    public static boolean valid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The organisation code inside a valid credit code (characters 9 to 17), as directories print it: XXXXXXXX-X. */
    public static String organisationCode(String code) {
        String inner = code.substring(8, 17);
        return inner.substring(0, 8) + "-" + inner.charAt(8);
    }
}
