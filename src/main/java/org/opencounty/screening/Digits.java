package org.opencounty.screening;

/** Phone and card numbers are compared by their digits, whatever the spaces, hyphens and brackets. */
final class Digits {

    private Digits() {
    }

    static String of(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        String folded = ScreenedText.fold(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
