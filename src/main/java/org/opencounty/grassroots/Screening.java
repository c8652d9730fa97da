package org.opencounty.grassroots;

import java.util.List;
import java.util.Set;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.ScreeningFinding;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.review.SubmissionScreening;
import org.springframework.stereotype.Component;

/**
 * What the public writes and the platform shows at once, with no reviewer in between (questions, answers, objections'
 * text): every finding refuses it, warnings included, since nobody would confirm them.
 */
@Component
class Screening {

    private final SubmissionScreening screening;

    Screening(SubmissionScreening screening) {
        this.screening = screening;
    }

    void requireClean(long siteId, String noun, ScreenedField... fields) {
        List<ScreeningFinding> findings = screening.screen(siteId, List.of(fields), Set.of()).stream()
                .map(f -> new ScreeningFinding(f.field(), f.rule(), "BLOCK", f.excerpt(), f.text(), f.position(),
                        f.message() + "（公开显示的内容不得含有个人信息或不宜公开的内容）", f.before(), f.after()))
                .toList();
        if (!findings.isEmpty()) {
            throw ScreeningRefusal.of(noun, findings);
        }
    }
}
