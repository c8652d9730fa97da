package org.opencounty.demo;

import org.opencounty.interaction.MessageCategory;
import org.opencounty.interaction.RoutingTable;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/** The demo county's routing table: messages go to the 县人民政府办公室, 找错 to the 电子政务中心 that runs the site. */
@Component
class DemoInteraction implements DemoStep {

    private final RoutingTable routing;
    private final Units units;

    DemoInteraction(RoutingTable routing, Units units) {
        this.routing = routing;
        this.units = units;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String load(long siteId) {
        long office = units.get(siteId, "gov-office").id();
        for (MessageCategory category : MessageCategory.values()) {
            routing.seed(siteId, category, category == MessageCategory.ERROR_REPORT ? units.get(siteId, "egov-center").id() : office);
        }
        return MessageCategory.values().length + " message routes";
    }
}
