package org.opencounty.interaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.Role;
import org.opencounty.interaction.internal.AnnualReportRevisionRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annual reports as a kind of submission (ADR 0025): the unit's information officer writes (the county's own report
 * also the center's administrator, who compiles it for the 本级政府), screening reads the written sections, and a report
 * is complete with its 总体情况 and 存在的主要问题及改进情况. Publishing (the article in 政府信息公开年报) is
 * {@link AnnualReportWriting#publish}'s, which knows who publishes.
 */
@Component
class AnnualReportKind implements SubmissionKind<AnnualReport> {

    private static final Names NAMES = new Names("annual-report", "该年度报告", "annual_report_revision");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AnnualReportRevisionRepository revisions;
    private final Units units;

    AnnualReportKind(AnnualReportRevisionRepository revisions, Units units) {
        this.revisions = revisions;
        this.units = units;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public boolean mayWrite(Actor actor, AnnualReport report, ReviewPermissions permissions) {
        return permissions.canWrite(actor, report.siteId(), report.unitId())
                || (actor != null && actor.has(Role.CENTER_ADMIN) && actor.siteId() == report.siteId()
                && units.byId(report.unitId()).map(unit -> unit.kind() == UnitKind.COUNTY).orElse(false));
    }

    @Override
    public List<ScreenedField> screenedFields(AnnualReport report, long revisionId) {
        AnnualReportContent content = content(revisionId);
        return List.of(new ScreenedField("overview", ScreeningRules.plainText(content.overview())),
                new ScreenedField("problems", ScreeningRules.plainText(content.problems())),
                new ScreenedField("other", ScreeningRules.plainText(content.other())));
    }

    @Override
    public Set<String> publishedContacts(AnnualReport report, long revisionId) {
        return units.publishedContacts(report.siteId());
    }

    @Override
    public void requireComplete(AnnualReport report, long revisionId) {
        AnnualReportContent content = content(revisionId);
        Map<String, String> missing = new LinkedHashMap<>();
        if (ScreeningRules.plainText(content.overview()).isBlank()) {
            missing.put("overview", "请填写“一、总体情况”");
        }
        if (ScreeningRules.plainText(content.problems()).isBlank()) {
            missing.put("problems", "请填写“五、存在的主要问题及改进情况”");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    @Override
    public AnnualReportRevision revision(long revisionId) {
        return revisions.findById(revisionId).orElseThrow();
    }

    @Override
    public void show(AnnualReport report) {
    }

    AnnualReportContent content(long revisionId) {
        return read(revision(revisionId).content());
    }

    static AnnualReportContent read(String json) {
        return JSON.readValue(json, AnnualReportContent.class);
    }

    static String write(AnnualReportContent content) {
        return JSON.writeValueAsString(content);
    }
}
