package org.opencounty.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.internal.ObjectionRepository;
import org.opencounty.grassroots.internal.PartyDisclosureRepository;
import org.opencounty.grassroots.internal.PartyOrganisationRepository;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads which party item. 向社会公开 items, once published, are everyone's. 党内公开 items are read only by the
 * organisation's members (PARTY_MEMBER of it) and its own staff; its reviewers (its secretary or a parent unit's leader,
 * its township's reviewer or the center) see items while they review them. Anybody else — visitors, citizens, staff of
 * another organisation or of the village above it — is told the item does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PartyQueries {

    private final PartyDisclosureRepository disclosures;
    private final PartyDisclosureKind kind;
    private final ObjectionRepository objections;
    private final PartyOrganisationRepository organisations;
    private final ReviewPermissions permissions;
    private final SubmissionWorkflow workflow;
    private final Units units;
    private final Clock clock;

    PartyQueries(PartyDisclosureRepository disclosures, PartyDisclosureKind kind, ObjectionRepository objections,
                 PartyOrganisationRepository organisations, ReviewPermissions permissions, SubmissionWorkflow workflow,
                 Units units, Clock clock) {
        this.disclosures = disclosures;
        this.kind = kind;
        this.objections = objections;
        this.organisations = organisations;
        this.permissions = permissions;
        this.workflow = workflow;
        this.units = units;
        this.clock = clock;
    }

    /** The organisation's own staff and members. */
    public static boolean belongsTo(Actor actor, long siteId, long organisationId) {
        return actor != null && actor.siteId() == siteId && Objects.equals(actor.unitId(), organisationId)
                && (actor.isStaff() || actor.has(Role.PARTY_MEMBER));
    }

    /** Those who review the organisation's items: its own staff, its or a parent unit's leader, its reviewing unit. */
    public boolean seesWork(Actor actor, long siteId, long organisationId) {
        return permissions.canView(actor, siteId, organisationId)
                && (Objects.equals(actor.unitId(), organisationId) || permissions.canReviewAsLeader(actor, siteId, organisationId)
                || permissions.canReviewAsCenter(actor, siteId, organisationId));
    }

    /** Whether the actor may read the live version of the item. */
    public boolean mayRead(Actor actor, PartyDisclosure disclosure) {
        return disclosure.isLive() && (disclosure.visibility() == PartyVisibility.PUBLIC
                || belongsTo(actor, disclosure.siteId(), disclosure.unitId())
                || seesWork(actor, disclosure.siteId(), disclosure.unitId()));
    }

    /** The live item the actor may read, or 404 as if it did not exist. */
    public PartyDisclosure readable(Actor actor, long siteId, long id) {
        return disclosures.findById(id).filter(d -> d.siteId() == siteId && mayRead(actor, d))
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的党务公开"));
    }

    /** The item as the actor may see it: reviewers and the organisation's staff get the working revision. */
    public PartyView view(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的党务公开"));
        if (seesWork(actor, siteId, disclosure.unitId())) {
            Long shown = disclosure.workingRevisionId() != null ? disclosure.workingRevisionId() : disclosure.liveRevisionId();
            if (shown != null) {
                return view(actor, disclosure, shown);
            }
        }
        return view(actor, readable(actor, siteId, id), disclosure.liveRevisionId());
    }

    public List<ReviewEvent> history(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的党务公开"));
        if (!seesWork(actor, siteId, disclosure.unitId())) {
            throw new NotAllowedException("您无权查看该党务公开的审核记录");
        }
        return workflow.history(kind, id);
    }

    /**
     * The items the actor may read, newest first, optionally of one organisation: for those who see its work every
     * item in every state, else what was published and may be read.
     */
    public List<PartyView> list(Actor actor, long siteId, String organisationCode) {
        return readable(actor, siteId, organisationCode, Pageable.unpaged()).getContent();
    }

    /** Page {@code page} of {@link #list}, counted and cut in the database; an old page number beyond the last is empty. */
    public PageOf<PartyView> list(Actor actor, long siteId, String organisationCode, int page, int size) {
        return PageOf.of(readable(actor, siteId, organisationCode, PageRequest.of(PageOf.clampPage(page) - 1, size)));
    }

    /**
     * Page {@code page} of the items of the organisations whose work the actor sees ({@link #seesWork}), every state,
     * newest first: the back office's list, counted and cut in the database; empty for anybody else.
     */
    public PageOf<PartyView> work(Actor actor, long siteId, int page, int size) {
        return PageOf.of(readable(actor, siteId, null, true, PageRequest.of(PageOf.clampPage(page) - 1, size)));
    }

    private Page<PartyView> readable(Actor actor, long siteId, String organisationCode, Pageable pageable) {
        return readable(actor, siteId, organisationCode, false, pageable);
    }

    /**
     * The scopes of {@link #mayRead} and {@link #seesWork} worked out per organisation (in memory: the directory is read
     * once), then applied in the query; the page's texts and objection counts are read once a page. {@code workOnly}
     * keeps the organisations whose work the actor sees, and their items only.
     */
    private Page<PartyView> readable(Actor actor, long siteId, String organisationCode, boolean workOnly, Pageable pageable) {
        // The whole directory even for one organisation: the reviewing units and state labels then find every unit above
        // it in this transaction, so a page reads the same statements whatever states its items are in.
        List<Unit> organisations = organisations(siteId);
        if (organisationCode != null && !organisationCode.isBlank()) {
            organisations = List.of(organisation(siteId, organisationCode));
        }
        Set<Long> work = organisations.stream().map(Unit::id).filter(id -> seesWork(actor, siteId, id))
                .collect(Collectors.toCollection(HashSet::new));
        List<Long> ids = organisations.stream().map(Unit::id).filter(id -> !workOnly || work.contains(id)).toList();
        long member = !workOnly && actor != null && actor.unitId() != null && belongsTo(actor, siteId, actor.unitId()) ? actor.unitId() : -1L;
        Page<PartyDisclosure> found = disclosures.readable(orNone(ids), orNone(work), member, PartyVisibility.PUBLIC, pageable);
        List<PartyView> views = views(found.getContent(), work);
        return new org.springframework.data.domain.PageImpl<>(views, found.getPageable(), found.getTotalElements());
    }

    /**
     * The portal's 公开目录 of one organisation: what was put into effect (published once) and the reader may read, as
     * {@link #list} gives it, by category in the enum's order, newest first, a page of {@code size} at a time — page
     * {@code page} of the category {@code chosen} (an old number beyond its last page is its last page), the first of
     * every other. Counted in one grouped statement, a statement a category that has any, the texts in one.
     */
    public Map<PartyCategory, PageOf<PartyView>> publishedByCategory(Actor actor, long siteId, String organisationCode,
                                                                     PartyCategory chosen, int page, int size) {
        // The whole directory, as for the list: the state labels then find every unit above the organisation in it.
        units.directory(siteId);
        Unit organisation = organisation(siteId, organisationCode);
        Set<Long> work = seesWork(actor, siteId, organisation.id()) ? Set.of(organisation.id()) : Set.of();
        long member = actor != null && actor.unitId() != null && belongsTo(actor, siteId, actor.unitId()) ? actor.unitId() : -1L;
        Map<PartyCategory, Long> counts = new java.util.EnumMap<>(PartyCategory.class);
        disclosures.publishedCounts(organisation.id(), orNone(work), member, PartyVisibility.PUBLIC)
                .forEach(row -> counts.put((PartyCategory) row[0], (Long) row[1]));
        Map<PartyCategory, PageOf<PartyDisclosure>> found = new java.util.EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            found.put(category, CountedPage.of(counts.getOrDefault(category, 0L), category == chosen ? page : 1, size,
                    (number, n) -> disclosures.published(organisation.id(), category, orNone(work), member, PartyVisibility.PUBLIC,
                            PageRequest.of(number - 1, n))));
        }
        Map<Long, PartyView> views = new HashMap<>();
        views(found.values().stream().flatMap(p -> p.items().stream()).toList(), work).forEach(v -> views.put(v.id(), v));
        Map<PartyCategory, PageOf<PartyView>> pages = new java.util.EnumMap<>(PartyCategory.class);
        found.forEach((category, p) -> pages.put(category, p.map(d -> views.get(d.id()))));
        return pages;
    }

    /** The items as the reader sees them ({@code work}: the organisations whose work they see), texts and counts read once. */
    private List<PartyView> views(List<PartyDisclosure> found, Set<Long> work) {
        Function<PartyDisclosure, Long> shown = d -> work.contains(d.unitId()) && d.workingRevisionId() != null
                ? d.workingRevisionId() : d.liveRevisionId();
        kind.load(found.stream().map(shown).toList());
        Map<Long, Long> counts = new HashMap<>();
        List<Long> counted = found.stream().filter(d -> work.contains(d.unitId())).map(PartyDisclosure::id).toList();
        if (!counted.isEmpty()) {
            objections.countsOf(counted).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return found.stream().map(d -> view(d, shown.apply(d), work.contains(d.unitId()) ? counts.getOrDefault(d.id(), 0L) : null)).toList();
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** The objections to a 公示, for the organisation's staff and its reviewers only. */
    public List<AnnouncementObjection> objections(Actor actor, long siteId, long id) {
        PartyDisclosure disclosure = disclosures.findById(id).filter(d -> d.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的党务公开"));
        if (!seesWork(actor, siteId, disclosure.unitId()) || actor.has(Role.PARTY_MEMBER) && !actor.isStaff()) {
            throw new NotAllowedException("异议人的信息仅党组织可见");
        }
        return objections.findByDisclosureIdOrderByIdAsc(id);
    }

    public List<Unit> organisations(long siteId) {
        return units.directory(siteId).stream().filter(u -> u.kind() == UnitKind.PARTY_ORGANISATION).toList();
    }

    public Unit organisation(long siteId, String code) {
        return units.find(siteId, code == null ? "" : code.strip()).filter(u -> u.kind() == UnitKind.PARTY_ORGANISATION)
                .orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的党组织"));
    }

    public PartyLevel level(Unit organisation) {
        return organisations.findById(organisation.id()).map(PartyOrganisation::level).orElse(PartyLevel.BRANCH);
    }

    /** The unit the organisation is attached to (a village, a community, a township, a department). */
    public Unit attachedTo(Unit organisation) {
        return organisation.parentId() == null ? null : units.byId(organisation.parentId()).orElse(null);
    }

    /** The party organisations attached to the unit. */
    public List<Unit> attached(Unit unit) {
        return units.children(unit.id()).stream().filter(u -> u.kind() == UnitKind.PARTY_ORGANISATION).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

    /** The chain's state in art. 15's words: 审核 by the secretary, 审批 by the reviewing unit, 实施 once published. */
    private String stateLabel(PartyDisclosure d) {
        return switch (d.state()) {
            case PENDING_LEADER -> "待审核（书记）";
            case PENDING_CENTER -> permissions.reviewedByTownship(d.unitId()) ? "待审批（乡镇）" : "待审批（中心）";
            case PUBLISHED -> "已发布（实施）";
            default -> d.state().label();
        };
    }

    private PartyView view(Actor actor, PartyDisclosure d, long revisionId) {
        return view(d, revisionId, seesWork(actor, d.siteId(), d.unitId()) ? objections.countByDisclosureId(d.id()) : null);
    }

    /** {@code count}: the objections, for those who see the organisation's work; null for anybody else. */
    PartyView view(PartyDisclosure d, long revisionId, Long count) {
        PartyDisclosureRevision revision = kind.revision(revisionId);
        Unit organisation = units.byId(d.unitId()).orElseThrow();
        AnnouncementStatus status = d.status(today());
        return new PartyView(d.id(), organisation.code(), organisation.name(), d.category(), d.category().label(), d.visibility(),
                d.visibility().label(), d.state().name(), stateLabel(d), revision.number(), revision.title(), revision.body(),
                d.startsOn(), d.endsOn(), status, status == null ? null : status.label(), d.publishedAt(), count, d.version());
    }
}
