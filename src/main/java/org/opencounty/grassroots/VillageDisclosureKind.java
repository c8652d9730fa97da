package org.opencounty.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencounty.grassroots.internal.GrassrootsJson;
import org.opencounty.grassroots.internal.VillageDisclosureRevisionRepository;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.ScreeningFinding;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.review.SubmissionKind;
import org.opencounty.review.SubmissionScreening;
import org.opencounty.screening.ScreeningRules;
import org.springframework.stereotype.Component;

/**
 * Village disclosures as a kind of submission: the village's officer writes, its director approves (after the
 * 村务监督委员会's check for money, {@link VillageDisclosures#approve}), its township publishes (ADR 0020). A list of
 * names may be public; an ID or bank number in it never is, so those findings block here although they only warn for
 * articles. The portal reads the live revision itself: nothing is copied on publication.
 */
@Component
class VillageDisclosureKind implements SubmissionKind<VillageDisclosure> {

    static final Names NAMES = new Names("village.disclosure", "该村务公开", "village_disclosure_revision");
    private static final Set<String> NEVER_PUBLIC = Set.of(ScreeningRules.RESIDENT_ID, ScreeningRules.BANK_CARD);

    private final VillageDisclosureRevisionRepository revisions;
    private final SubmissionScreening screening;
    private final GrassrootsJson json;

    VillageDisclosureKind(VillageDisclosureRevisionRepository revisions, SubmissionScreening screening, GrassrootsJson json) {
        this.revisions = revisions;
        this.screening = screening;
        this.json = json;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public List<ScreenedField> screenedFields(VillageDisclosure disclosure, long revisionId) {
        VillageDisclosureRevision revision = revision(revisionId);
        List<ScreenedField> fields = new ArrayList<>();
        fields.add(new ScreenedField("title", revision.title()));
        fields.add(new ScreenedField("body", revision.body()));
        FinanceInput finance = json.finance(revision.financeJson());
        if (finance != null) {
            for (int i = 0; i < finance.lines().size(); i++) {
                FinanceInput.LineInput line = finance.lines().get(i);
                fields.add(new ScreenedField("finance.lines[" + i + "]", String.join("，", line.item(), line.counterpart(), line.voucher())));
            }
        }
        List<Subsidy> subsidies = json.subsidies(revision.subsidiesJson());
        for (int i = 0; i < subsidies.size(); i++) {
            fields.add(new ScreenedField("subsidies[" + i + "]", subsidies.get(i).name() + "，" + subsidies.get(i).item()));
        }
        return fields;
    }

    @Override
    public Set<String> publishedContacts(VillageDisclosure disclosure, long revisionId) {
        return Set.of();
    }

    /** ID and bank numbers anywhere in the text or the tables are refused outright (SCREENING_BLOCKED). */
    @Override
    public void requireComplete(VillageDisclosure disclosure, long revisionId) {
        List<ScreeningFinding> numbers = screening.screen(disclosure.siteId(), screenedFields(disclosure, revisionId), Set.of())
                .stream().filter(finding -> NEVER_PUBLIC.contains(finding.rule()))
                .map(f -> new ScreeningFinding(f.field(), f.rule(), "BLOCK", f.excerpt(), f.text(), f.position(),
                        f.message() + "（村务公开不得公开身份证号、银行账号，请删除或在专门一栏填写，系统只显示后四位）", f.before(), f.after()))
                .toList();
        if (!numbers.isEmpty()) {
            throw ScreeningRefusal.of(NAMES.noun(), numbers);
        }
    }

    @Override
    public VillageDisclosureRevision revision(long revisionId) {
        return revisions.findById(revisionId).orElseThrow();
    }

    /**
     * Reads the revisions in one statement into the caller's transaction, so that {@link #revision} finds them there
     * instead of reading one a row (lists, the dashboard).
     */
    void load(java.util.Collection<Long> revisionIds) {
        if (!revisionIds.isEmpty()) {
            revisions.findAllById(revisionIds);
        }
    }

    @Override
    public void show(VillageDisclosure disclosure) {
        // The portal reads the live revision of the disclosure row: publication has nothing to copy.
    }
}
