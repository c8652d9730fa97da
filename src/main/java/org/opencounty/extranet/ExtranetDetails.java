package org.opencounty.extranet;

import java.time.LocalDate;

/** What a change of a unit's connection says; {@code status} by constant or Chinese name. */
public record ExtranetDetails(String status, String carrier, String switchModel, Boolean switchManaged, String addressRange,
                              LocalDate connectedOn, String contactName, String contactPhone) {

    public ExtranetDetails {
        carrier = clean(carrier);
        switchModel = clean(switchModel);
        switchManaged = switchManaged != null && switchManaged;
        addressRange = clean(addressRange);
        contactName = clean(contactName);
        contactPhone = clean(contactPhone);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
