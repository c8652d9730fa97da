package org.opencounty.grassroots;

import java.time.LocalDate;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.grassroots.internal.PartyOrganisationRepository;
import org.opencounty.grassroots.internal.VillageSettingRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the township (or the center) sets for the grassroots units: a village's timing (财务往来较多, since when), a party organisation's level. */
@Service
public class GrassrootsSetup {

    /** A village's timing was set (by the township or the center), published in the changing transaction. */
    public record VillageSet(long siteId, String village, boolean busyFinance, String by) {
    }

    private final VillageSettingRepository villages;
    private final PartyOrganisationRepository parties;
    private final AuditLog audit;
    private final ReviewPermissions permissions;
    private final ApplicationEventPublisher events;

    GrassrootsSetup(VillageSettingRepository villages, PartyOrganisationRepository parties, AuditLog audit, ReviewPermissions permissions,
                    ApplicationEventPublisher events) {
        this.permissions = permissions;
        this.events = events;
        this.villages = villages;
        this.parties = parties;
        this.audit = audit;
    }

    /**
     * The village's township (its reviewer, ADR 0020) or the center's administrator marks a village (busy finance:
     * monthly) and sets since when it is held to the rule; refusals are audited too.
     */
    @Transactional
    public void setVillage(Actor actor, Unit village, boolean busyFinance, LocalDate since) {
        if (!maySet(actor, village)) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor), "village.setting", "unit:" + village.code(),
                    AuditResult.DENIED, "busy " + busyFinance);
            throw new NotAllowedException("只有所属乡镇审核员或中心管理员可以设置行政村的公开要求");
        }
        VillageSetting before = villages.findById(village.id()).orElse(null);
        villages.save(new VillageSetting(village.id(), busyFinance, since));
        audit.record(actor, "village.setting", "unit:" + village.code(), AuditResult.SUCCESS,
                (before == null ? "" : (before.busyFinance() ? "原为财务往来较多" : "原为财务每季度公开") + " → ")
                        + (busyFinance ? "财务往来较多（财务每月公开）" : "财务每季度公开") + "，自 " + since);
        events.publishEvent(new VillageSet(village.siteId(), village.code(), busyFinance, actor.username()));
    }

    /** Whether the actor sets the village's timing: its township's reviewer, or the center's administrator. */
    public boolean maySet(Actor actor, Unit village) {
        return actor != null && village.kind() == UnitKind.VILLAGE && actor.siteId() == village.siteId()
                && (actor.has(Role.CENTER_ADMIN) || permissions.canReviewAsCenter(actor, village.siteId(), village.id()));
    }

    /** Demo data and the bootstrap: the same without an acting administrator. */
    @Transactional
    public void seedVillage(Unit village, boolean busyFinance, LocalDate since) {
        villages.save(new VillageSetting(village.id(), busyFinance, since));
        audit.recordSystem("village.setting", "unit:" + village.code(), AuditResult.SUCCESS, "busy " + busyFinance + ", since " + since);
    }

    @Transactional
    public void seedParty(Unit organisation, PartyLevel level) {
        parties.save(new PartyOrganisation(organisation.id(), level));
    }
}
