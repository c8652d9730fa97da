package org.opencounty.grassroots;

import java.time.LocalDate;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.grassroots.internal.PartyOrganisationRepository;
import org.opencounty.grassroots.internal.VillageSettingRepository;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the center sets for the grassroots units: a village's timing (财务往来较多, since when), a party organisation's level. */
@Service
public class GrassrootsSetup {

    private final VillageSettingRepository villages;
    private final PartyOrganisationRepository parties;
    private final AuditLog audit;

    GrassrootsSetup(VillageSettingRepository villages, PartyOrganisationRepository parties, AuditLog audit) {
        this.villages = villages;
        this.parties = parties;
        this.audit = audit;
    }

    /** The center's administrator marks a village (busy finance: monthly) and sets since when it is held to the rule. */
    @Transactional
    public void setVillage(Actor actor, Unit village, boolean busyFinance, LocalDate since) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN) || actor.siteId() != village.siteId() || village.kind() != UnitKind.VILLAGE) {
            throw new NotAllowedException("只有中心管理员可以设置行政村的公开要求");
        }
        villages.save(new VillageSetting(village.id(), busyFinance, since));
        audit.record(actor, "village.setting", "unit:" + village.code(), AuditResult.SUCCESS,
                (busyFinance ? "财务往来较多（财务每月公开）" : "财务每季度公开") + "，自 " + since);
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
