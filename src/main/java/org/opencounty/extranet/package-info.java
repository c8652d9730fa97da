/**
 * The extranet connection registry (电子政务外网接入, notice 2013-38 part two; docs/documents.md): each unit's status,
 * carrier, managed switch, address range, date connected and network contact, changed by the unit's officer and
 * confirmed by the center (or set by it), with history; the center's progress page and export. {@link ExtranetRegistry}
 * answers whether and since when a unit is connected.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "coordination :: facts", "units", "web"})
package org.opencounty.extranet;
