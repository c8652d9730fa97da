package org.opencounty.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules for an article's document metadata (成文日期, 废止日期, 定时发布, 文号, 发文机关), as a pure model: the
 * dates are checked whenever a revision is saved, the fields a policy document must carry when it is submitted.
 */
public final class ArticleMetadata {

    /** The columns holding documents (规范性文件, 政策文件) whose 文号, 发文机关 and 成文日期 readers rely on. */
    public static final Set<Category> DOCUMENT_COLUMNS = Set.of(Category.LAWS, Category.POLICIES);

    private ArticleMetadata() {
    }

    /** What is wrong with the draft's dates on {@code today} (China) at {@code now}; empty when nothing is. */
    public static Map<String, String> dateErrors(ArticleDraft draft, LocalDate today, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.writtenOn() != null && draft.writtenOn().isAfter(today)) {
            errors.put("writtenOn", "成文日期不能晚于今天（" + today + "）");
        }
        if (draft.validityDate() != null && draft.writtenOn() != null && draft.validityDate().isBefore(draft.writtenOn())) {
            errors.put("validityDate", "修改或废止日期不能早于成文日期（" + draft.writtenOn() + "）");
        }
        if (draft.publishAt() != null && !draft.publishAt().isAfter(now)) {
            errors.put("publishAt", "定时发布时间须晚于现在；要立即发布，请留空");
        }
        return errors;
    }

    /** What a document in {@link #DOCUMENT_COLUMNS} still lacks before it may be submitted; empty for other columns. */
    public static Map<String, String> missingForSubmission(Category category, String documentNumber, String issuingBody, LocalDate writtenOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!DOCUMENT_COLUMNS.contains(category)) {
            return errors;
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            errors.put("documentNumber", category.title() + "须填写文号");
        }
        if (issuingBody == null || issuingBody.isBlank()) {
            errors.put("issuingBody", category.title() + "须填写发文机关");
        }
        if (writtenOn == null) {
            errors.put("writtenOn", category.title() + "须填写成文日期");
        }
        return errors;
    }
}
