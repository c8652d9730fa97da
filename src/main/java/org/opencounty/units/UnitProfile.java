package org.opencounty.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencounty.common.InvalidInputException;

/**
 * The public profile of a unit, the notice's item 1 (机构设置、法定职责、主要负责人、办公地点和联系方式), plus its
 * registered contacts.
 */
public record UnitProfile(String organisation, String duties, String leaderName, String address, String phone,
                          String email, String officeHours, List<Contact> contacts) {

    static final Pattern PHONE = Pattern.compile("^[0-9+\\-（）() ,、转]{5,60}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public UnitProfile {
        organisation = Text.clean(organisation);
        duties = Text.clean(duties);
        leaderName = Text.clean(leaderName);
        address = Text.clean(address);
        phone = Text.clean(phone);
        email = Text.clean(email);
        officeHours = Text.clean(officeHours);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** Checks every rule and reports all offending fields at once, so a form shows every problem in one go. */
    void validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        limit(errors, "organisation", organisation, 10_000, "机构设置");
        limit(errors, "duties", duties, 20_000, "法定职责");
        limit(errors, "leaderName", leaderName, 100, "主要负责人");
        limit(errors, "address", address, 300, "办公地点");
        limit(errors, "officeHours", officeHours, 300, "办公时间");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "联系电话格式不正确");
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.put("email", "电子信箱格式不正确");
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact.role() == null) {
                errors.put(prefix + "role", "请选择联系人类别");
            }
            if (contact.name().isEmpty()) {
                errors.put(prefix + "name", "请填写联系人姓名");
            }
            limit(errors, prefix + "name", contact.name(), 100, "姓名");
            limit(errors, prefix + "post", contact.post(), 100, "职务");
            if (!contact.phone().isEmpty() && !PHONE.matcher(contact.phone()).matches()) {
                errors.put(prefix + "phone", "联系电话格式不正确");
            }
            if (!contact.email().isEmpty() && !EMAIL.matcher(contact.email()).matches()) {
                errors.put(prefix + "email", "电子邮箱格式不正确");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void limit(Map<String, String> errors, String field, String value, int max, String label) {
        if (value.length() > max) {
            errors.putIfAbsent(field, label + "不能超过" + max + "个字");
        }
    }
}
