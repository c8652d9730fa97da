package org.opencounty.screening;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The phone numbers and e-mail addresses units publish on purpose (notice 2013-38 item 1: 联系方式
 * including 对外的电子信箱), which are therefore not personal data. Numbers compare by their digits, a
 * leading country code 86 or 0086 dropped; addresses compare ignoring case.
 */
final class PublishedContacts {

    private final Set<String> numbers = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();

    PublishedContacts(Set<String> contacts) {
        for (String contact : contacts) {
            if (contact == null) {
                continue;
            }
            if (contact.indexOf('@') >= 0 || contact.indexOf('＠') >= 0) {
                addresses.add(ScreenedText.fold(contact).strip().toLowerCase(Locale.ROOT));
            } else {
                String digits = withoutCountryCode(Digits.of(contact));
                if (!digits.isEmpty()) {
                    numbers.add(digits);
                }
            }
        }
    }

    boolean hasNumber(String digits) {
        return numbers.contains(withoutCountryCode(digits));
    }

    boolean hasAddress(String address) {
        return addresses.contains(address.toLowerCase(Locale.ROOT));
    }

    private static String withoutCountryCode(String digits) {
        if (digits.length() == 15 && digits.startsWith("0086")) {
            return digits.substring(4);
        }
        if (digits.length() == 13 && digits.startsWith("86")) {
            return digits.substring(2);
        }
        return digits;
    }
}
