package org.opencounty.catalogue;

import java.util.List;

/** A life event (一件事, 场景式服务) bundling items of several units in the order they are done. */
public record Scenario(long id, String name, String description, ServiceTarget audience, List<Step> steps, long version) {

    public record Step(long itemId, String note) {
    }
}
