package org.opencounty.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of a document's metadata, table by table: what is refused on 2026-12-01 at 10:00 Beijing time. */
class ArticleMetadataTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @ParameterizedTest(name = "成文 {0}, 废止 {1}, 定时 {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-12-01, -,          -,                    ''",
            "2026-12-02, -,          -,                    writtenOn",
            "2027-01-01, -,          -,                    writtenOn",
            "2026-06-01, 2026-05-31, -,                    validityDate",
            "2026-06-01, 2026-06-01, -,                    ''",
            "-,          2020-01-01, -,                    ''",
            "2026-06-01, -,          2026-12-01T01:59:59Z, publishAt",
            "2026-06-01, -,          2026-12-01T02:00:00Z, publishAt",
            "2026-06-01, -,          2026-12-01T02:00:01Z, ''",
            "2026-12-09, 2026-12-08, 2025-01-01T00:00:00Z, writtenOn validityDate publishAt",
    })
    void datesThatCannotBeTrueAreRefused(LocalDate writtenOn, LocalDate validityDate, Instant publishAt, String refused) {
        ArticleDraft draft = new ArticleDraft("laws", "标题", "<p>正文</p>", "", "巴政规〔2026〕1号", "县人民政府", writtenOn, publishAt,
                validityDate == null ? Validity.VALID : Validity.REPEALED, validityDate, null, "", "");
        assertThat(ArticleMetadata.dateErrors(draft, TODAY, NOW).keySet())
                .isEqualTo(refused.isBlank() ? Set.of() : Set.of(refused.split(" ")));
    }

    @ParameterizedTest(name = "{0}: 文号 {1}, 发文机关 {2}, 成文 {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "LAWS,     巴政规〔2026〕1号, 县人民政府, 2026-01-15, ''",
            "LAWS,     '',               县人民政府, 2026-01-15, documentNumber",
            "POLICIES, '',               '',         -,          documentNumber issuingBody writtenOn",
            "POLICIES, 巴政办发〔2026〕9号, '  ',    2026-03-10, issuingBody",
            "NOTICES,  '',               '',         -,          ''",
            "NEWS,     '',               '',         -,          ''",
    })
    void policyDocumentsCarryTheirNumberIssuerAndDate(Category category, String number, String issuer, LocalDate writtenOn, String missing) {
        assertThat(ArticleMetadata.missingForSubmission(category, number, issuer, writtenOn).keySet())
                .isEqualTo(missing.isBlank() ? Set.of() : Set.of(missing.split(" ")));
    }
}
