package org.opencounty.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.documents.internal.Issuers;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 发文机关代字 and 发文机关标志 of each unit, kept by the center's administrator (a 代字 belongs to one unit). */
@Service
public class DocumentIssuers {

    private final Issuers issuers;
    private final Units units;
    private final AuditLog audit;
    private final java.time.Clock clock;

    DocumentIssuers(Issuers issuers, Units units, AuditLog audit, java.time.Clock clock) {
        this.issuers = issuers;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Issuer> all(Actor actor) {
        DocumentQueries.requireStaffOf(actor);
        return issuers.all(actor.siteId());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Issuer> of(long unitId) {
        return issuers.of(unitId);
    }

    @Transactional
    public Issuer set(Actor actor, String unitCode, String prefix, String issuerMark) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN)) {
            audit.recordIndependently(actor == null ? "anonymous" : actor.username(), "", "document.issuer", "unit:" + unitCode,
                    AuditResult.DENIED, "");
            throw new NotAllowedException("只有中心管理员可以设置发文机关代字");
        }
        Unit unit = units.get(actor.siteId(), unitCode);
        String cleanPrefix = prefix == null ? "" : prefix.strip();
        String mark = issuerMark == null || issuerMark.isBlank() ? unit.legalName() + "文件" : issuerMark.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!DocumentNumber.validPrefix(cleanPrefix)) {
            errors.put("prefix", "发文机关代字应为2至12个汉字，如“巴政办发”");
        } else if (issuers.byPrefix(actor.siteId(), cleanPrefix).filter(i -> i.unitId() != unit.id()).isPresent()) {
            errors.put("prefix", "该代字已由其他单位使用");
        }
        if (mark.length() > 100) {
            errors.put("issuerMark", "发文机关标志不能超过100个字");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        issuers.put(actor.siteId(), unit.id(), cleanPrefix, mark, actor.username(), clock.instant());
        audit.record(actor, "document.issuer", "unit:" + unitCode, AuditResult.SUCCESS, cleanPrefix + " / " + mark);
        return issuers.of(unit.id()).orElseThrow();
    }

    /**
     * The demo county's 代字, set without an actor, with the numbers of {@code year} taken up to {@code lastNumber}
     * (the documents issued before the platform); never reachable from a request.
     */
    @Transactional
    public void seed(long siteId, long unitId, String prefix, String issuerMark, int year, int lastNumber) {
        issuers.put(siteId, unitId, prefix, issuerMark, "demo", clock.instant());
        issuers.startNumbersAt(siteId, prefix, year, lastNumber);
    }
}
