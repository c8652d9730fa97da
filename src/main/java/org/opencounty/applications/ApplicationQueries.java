package org.opencounty.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.web.PageOf;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications: the applicant their own, the unit its cases, anyone with query code and phone the status. */
@Service
public class ApplicationQueries implements org.opencounty.catalogue.ItemDemand {

    private final ApplicationRepository applications;
    private final PublishedCatalogue catalogue;
    private final Materials materials;
    private final ApplicationHistory history;
    private final ClockLedger ledger;
    private final ApplicationClocks clocks;
    private final CasePermissions permissions;
    private final Units units;
    private final UnitAccess unitAccess;
    private final ObjectProvider<CaseSignals> signals;
    private final Clock clock;
    private final AuditLog audit;

    ApplicationQueries(ApplicationRepository applications, PublishedCatalogue catalogue, Materials materials, ApplicationHistory history,
                       ClockLedger ledger, ApplicationClocks clocks, CasePermissions permissions, Units units, UnitAccess unitAccess,
                       ObjectProvider<CaseSignals> signals, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.applications = applications;
        this.catalogue = catalogue;
        this.materials = materials;
        this.history = history;
        this.ledger = ledger;
        this.clocks = clocks;
        this.permissions = permissions;
        this.units = units;
        this.unitAccess = unitAccess;
        this.signals = signals;
        this.clock = clock;
    }

    // Not read-only: a staff read is audited in the same transaction (issue 16.13).
    @Transactional
    public ApplicationView view(Actor actor, long id) {
        Application application = readable(actor, id);
        if (actor.isStaff() || actor.isCenterWide()) {
            // A citizen's personal data read by staff is on record (issue 16.13); the applicant's own reads are not.
            audit.record(actor, "application.read", "application:" + id, AuditResult.SUCCESS, "");
        }
        List<CaseSignal> shown = !permissions.canSeeSignals(actor, application) ? null
                // Without a supervising module nobody issues signals, so there are none to show.
                : signals.getIfAvailable(() -> applicationId -> List.of()).of(id);
        return viewOf(application, shown);
    }

    /** The status for whoever holds the receipt: query code and the applicant's phone must both match, on the case's site. */
    @Transactional(readOnly = true)
    public Optional<ApplicationView> status(long siteId, String queryCode, String phone) {
        if (queryCode == null || phone == null) {
            return Optional.empty();
        }
        // People copy codes in lower case or with spaces, and write phones in groups (139 9900 0001) or with +86.
        return applications.findByQueryCode(queryCode.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT))
                .filter(a -> a.siteId() == siteId)
                .filter(a -> !digitsOfPhone(phone).isEmpty() && digitsOfPhone(a.applicantPhone()).equals(digitsOfPhone(phone)))
                .map(a -> viewOf(a, null));
    }

    static String digitsOfPhone(String phone) {
        String digits = phone.replaceAll("[\\s\\-()（）\\u00a0\\u3000]", "");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    /** The site's service items most applied for (drafts not counted), most first: the portal's 常办事项. */
    @Transactional(readOnly = true)
    @Override
    public List<Long> mostApplied(long siteId, int limit) {
        return applications.mostApplied(siteId, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /** Page {@code page} of the actor's own applications, newest first, counted and cut in the database. */
    @Transactional(readOnly = true)
    public PageOf<ApplicationLine> mine(Actor actor, int page, int size) {
        return PageOf.of(applications.findByApplicantAccountId(actor.accountId(), newestFirst(page, size)).map(this::lineOf));
    }

    /**
     * Page {@code page} of the cases of the actor's unit and its subordinate units (all of the site for center roles),
     * newest first, counted and cut in the database.
     */
    @Transactional(readOnly = true)
    public PageOf<ApplicationLine> casesOf(Actor actor, boolean openOnly, int page, int size) {
        if (!actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看办件");
        }
        List<Long> unitIds = units.directory(actor.siteId()).stream()
                .filter(u -> actor.isCenterWide() || unitAccess.isWithin(u, actor.unitId())).map(Unit::id).toList();
        var states = openOnly ? ApplicationState.OPEN : java.util.EnumSet.complementOf(java.util.EnumSet.of(ApplicationState.DRAFT));
        return PageOf.of(applications.findByUnitIdInAndStateIn(unitIds, states, newestFirst(page, size)).map(this::lineOf));
    }

    private static PageRequest newestFirst(int page, int size) {
        return PageRequest.of(PageOf.clampPage(page) - 1, size, Sort.by(Sort.Direction.DESC, "id"));
    }

    /** A list's line reads the application's row and the calendar (memory) only: a page costs the same however it fills. */
    private ApplicationLine lineOf(Application application) {
        return new ApplicationLine(application, clocks.remainingWorkingDays(application, LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public byte[] material(Actor actor, long id, long uploadId) {
        readable(actor, id);
        return materials.of(id).stream().filter(u -> u.id() == uploadId).findFirst().map(materials::content)
                .orElseThrow(() -> new NotFoundException("材料不存在"));
    }

    @Transactional(readOnly = true)
    public String materialName(long id, long uploadId) {
        return materials.of(id).stream().filter(u -> u.id() == uploadId).findFirst().map(Materials.Uploaded::filename).orElse("material");
    }

    /** The application if the actor may read it: 404 when there is none, 403 when it is somebody else's. */
    Application readable(Actor actor, long id) {
        Application application = applications.findById(id).orElseThrow(() -> new NotFoundException("申请不存在"));
        if (!permissions.canView(actor, application)) {
            throw new NotAllowedException("您无权查看该申请");
        }
        return application;
    }

    /** Lists and the public status never carry signals: one case's page is where staff read them. */
    private ApplicationView viewOf(Application application, List<CaseSignal> signals) {
        var item = catalogue.liveItem(application.siteId(), application.serviceItemId()).orElse(null);
        return new ApplicationView(application, item,
                materials.of(application.id()).stream().map(u -> new ApplicationView.Upload(u.id(), u.materialId(), u.filename(), u.size())).toList(),
                history.of(application.id()).stream().map(l -> new ApplicationView.HistoryLine(l.id(), l.at(), l.actor(), l.action(), l.fromState(), l.toState(), l.note())).toList(),
                ledger.of(application.id()), clocks.remainingWorkingDays(application, LocalDate.now(clock)), signals);
    }

}
