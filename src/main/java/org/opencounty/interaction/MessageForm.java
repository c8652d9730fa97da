package org.opencounty.interaction;

/**
 * What a visitor typed: the category code, the unit chosen (code, optional), title and text, name and phone (optional
 * where the category allows anonymity), whether the exchange may be published, and the honeypot field (a real
 * person leaves it empty: it is hidden from people and from screen readers).
 */
public record MessageForm(String category, String unit, String title, String content, String name, String phone, boolean publicAllowed,
                          String honeypot) {

    public MessageForm {
        category = trim(category);
        unit = trim(unit);
        title = trim(title);
        content = content == null ? "" : content.strip();
        name = trim(name);
        phone = trim(phone);
        honeypot = honeypot == null ? "" : honeypot;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
