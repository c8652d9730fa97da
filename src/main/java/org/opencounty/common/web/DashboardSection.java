package org.opencounty.common.web;

import java.util.List;
import org.opencounty.common.Actor;

/**
 * What a module puts on the back office's dashboard (工作台): each module that has work for staff implements this,
 * so that the dashboard shows every module's cards without depending on any of them.
 */
public interface DashboardSection {

    /** The cards this person should see, none when the module has nothing for them. */
    List<DashboardCard> cardsFor(Actor actor);
}
