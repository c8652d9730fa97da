package org.opencounty.grassroots.web;

import org.opencounty.grassroots.VillageTimeliness;
import org.opencounty.units.Unit;

/** A village or community in a directory, with its lateness signal (villages only; null for communities). */
public record Listed(Unit unit, VillageTimeliness timeliness) {
}
