package org.opencounty.documents;

import java.util.List;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.ScreeningFinding;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.review.SubmissionScreening;
import org.opencounty.screening.ScreeningRules;
import org.springframework.stereotype.Component;

/**
 * Classified documents (密级 秘密 and above) are never handled on a system of the 电子政务外网 (STANDARDS §12.1): the
 * platform's screening reads a document's title, body and attachments, and any classification marking refuses it with
 * the submissions' refusal (422 SCREENING_BLOCKED). The other findings (personal data, the center's terms) concern
 * publication: they stop a document only when it is published to the portal, through the article's own review.
 */
@Component
public class DocumentScreening {

    static final String MESSAGE = "涉密公文不得在电子政务外网上处理：请删除密级标志；确属涉密的公文，请通过涉密渠道办理";

    private final SubmissionScreening screening;

    DocumentScreening(SubmissionScreening screening) {
        this.screening = screening;
    }

    /** The classification markings in {@code fields}; refuses with them when there are any. */
    public void requireUnclassified(long siteId, List<ScreenedField> fields) {
        List<ScreeningFinding> classified = screening.screen(siteId, fields, java.util.Set.of()).stream()
                .filter(finding -> ScreeningRules.CLASSIFICATION_MARKING.equals(finding.rule())).toList();
        if (!classified.isEmpty()) {
            throw new ScreeningRefusal(classified, MESSAGE);
        }
    }

    static List<ScreenedField> fieldsOf(String title, String bodyHtml) {
        return List.of(new ScreenedField("title", title), new ScreenedField("body", ScreeningRules.plainText(bodyHtml)));
    }
}
