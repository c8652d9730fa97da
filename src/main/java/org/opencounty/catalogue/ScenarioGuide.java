package org.opencounty.catalogue;

import java.util.List;

/**
 * A scenario as a citizen reads it: its items in order with their units, one combined list of materials
 * (each material once, with the items that need it) and the total promised time.
 */
public record ScenarioGuide(Scenario scenario, List<StepGuide> steps, List<CombinedMaterial> materials, int totalPromisedDays,
                            int totalVisits) {

    public record StepGuide(long itemId, String itemName, String unitName, String note, Integer promisedLimitDays, boolean online) {
    }

    public record CombinedMaterial(String name, List<String> neededFor) {
    }
}
