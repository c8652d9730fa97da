package org.opencounty.units;

import java.util.function.Function;

/** The public fields of a unit profile, the notice's item 1, with the names the pages show. */
public enum ProfileField {
    ORGANISATION("organisation", "机构设置", true, UnitProfile::organisation),
    DUTIES("duties", "法定职责", true, UnitProfile::duties),
    LEADER_NAME("leaderName", "主要负责人", false, UnitProfile::leaderName),
    ADDRESS("address", "办公地点", false, UnitProfile::address),
    PHONE("phone", "联系电话", false, UnitProfile::phone),
    EMAIL("email", "对外电子信箱", false, UnitProfile::email),
    OFFICE_HOURS("officeHours", "办公时间", false, UnitProfile::officeHours);

    private final String key;
    private final String label;
    private final boolean multiline;
    private final Function<UnitProfile, String> value;

    ProfileField(String key, String label, boolean multiline, Function<UnitProfile, String> value) {
        this.key = key;
        this.label = label;
        this.multiline = multiline;
        this.value = value;
    }

    /** The field's name in forms, the API and error messages. */
    public String key() { return key; }
    public String label() { return label; }
    public boolean multiline() { return multiline; }

    public String of(UnitProfile profile) {
        return value.apply(profile);
    }
}
