package org.opencounty.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.opencounty.screening.ScreeningRulesTest.card;
import static org.opencounty.screening.ScreeningRulesTest.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screening reads text as a person reads it (docs/screening.md, "Normalisation"): every disguise a reader does
 * not see or reads through is caught, and the finding points at the original text, disguise included.
 */
class DisguisedContentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<ProhibitedTerm> TERMS = List.of(
            new ProhibitedTerm("六合彩", "赌博"), new ProhibitedTerm("邪教组织", "邪教"), new ProhibitedTerm("法 轮", "邪教"));
    private static final Set<String> PUBLISHED = Set.of("0902-6826836");

    private static final String CLASSIFICATION = ScreeningRules.CLASSIFICATION_MARKING;
    private static final String INTERNAL = ScreeningRules.INTERNAL_MARKING;
    private static final String TERM = ScreeningRules.PROHIBITED_TERM;
    private static final String ID = ScreeningRules.RESIDENT_ID;
    private static final String CARD = ScreeningRules.BANK_CARD;
    private static final String MOBILE = ScreeningRules.MOBILE_NUMBER;
    private static final String LANDLINE = ScreeningRules.LANDLINE_NUMBER;

    private static final String ZWSP = "\u200B";
    private static final String ID_18 = id("65222219900101123");
    private static final String OLD_ID = "652222900101123";
    private static final String CARD_19 = card("622202123456789012");
    private static final String CARD_16 = "4111111111111111";

    static Stream<Arguments> disguises() {
        return Stream.of(
                // the published article of issue 10: an invisible character between 机 and 密
                arguments("机\u200B密★1年", CLASSIFICATION, "机\u200B密★1年", 0),
                arguments("正文前\n机\u2060密★1年\n正文", CLASSIFICATION, "机\u2060密★1年", 4),
                // other invisible or format characters inside a marking
                arguments("秘\u00AD密★\u200C1\u200D年", CLASSIFICATION, "秘\u00AD密★\u200C1\u200D年", 0),
                arguments("绝\uFEFF密★长期", CLASSIFICATION, "绝\uFEFF密★长期", 0),
                arguments("机密\u3164★1年", CLASSIFICATION, "机密\u3164★1年", 0),
                arguments("机\u0332密★1年", CLASSIFICATION, "机\u0332密★1年", 0),
                arguments("内\u200B部\u200B资\u200B料", INTERNAL, "内\u200B部\u200B资\u200B料", 0),
                arguments("内\u00AD部资料", INTERNAL, "内\u00AD部资料", 0),
                arguments("内部\u180E资料", INTERNAL, "内部\u180E资料", 0),
                arguments("内\uFE0F部资料", INTERNAL, "内\uFE0F部资料", 0),
                arguments("内\u034F部文件", INTERNAL, "内\u034F部文件", 0),
                arguments("\u202E内部资料\u202C", INTERNAL, "内部资料", 1),
                // star-like symbols for ★
                arguments("机密☆1年", CLASSIFICATION, "机密☆1年", 0),
                arguments("机密⭐\uFE0F1年", CLASSIFICATION, "机密⭐\uFE0F1年", 0),
                arguments("机密🌟10年", CLASSIFICATION, "机密🌟10年", 0),
                arguments("机密✡1年", CLASSIFICATION, "机密✡1年", 0),
                arguments("机密※长期", CLASSIFICATION, "机密※长期", 0),
                arguments("秘密✪6个月", CLASSIFICATION, "秘密✪6个月", 0),
                arguments("秘密✯5年", CLASSIFICATION, "秘密✯5年", 0),
                arguments("绝密﹡一年", CLASSIFICATION, "绝密﹡一年", 0),
                arguments("绝密★★长期", CLASSIFICATION, "绝密★★长期", 0),
                arguments("机密★①年", CLASSIFICATION, "机密★①年", 0),
                arguments("㊙密★1年", CLASSIFICATION, "㊙密★1年", 0),
                // spaces and separators inside markings
                arguments("机 密 ★ 1 0 年", CLASSIFICATION, "机 密 ★ 1 0 年", 0),
                arguments("机\u3000密\u3000★\u3000长\u3000期", CLASSIFICATION, "机\u3000密\u3000★\u3000长\u3000期", 0),
                arguments("秘密★6 个 月", CLASSIFICATION, "秘密★6 个 月", 0),
                arguments("内 - 部 - 资 - 料", INTERNAL, "内 - 部 - 资 - 料", 0),
                arguments("内·部·资·料", INTERNAL, "内·部·资·料", 0),
                arguments("内_部_文_件", INTERNAL, "内_部_文_件", 0),
                arguments("“内部资料”", INTERNAL, "内部资料", 1),
                // traditional characters
                arguments("內部資料", INTERNAL, "內部資料", 0),
                arguments("本件為內部文件", INTERNAL, "內部文件", 3),
                arguments("機密★1年", CLASSIFICATION, "機密★1年", 0),
                arguments("絕密★長期", CLASSIFICATION, "絕密★長期", 0),
                arguments("機密★6個月", CLASSIFICATION, "機密★6個月", 0),
                arguments("祕密★5年", CLASSIFICATION, "祕密★5年", 0),
                arguments("密級：機密", CLASSIFICATION, "密級：機密", 0),
                // resident IDs in the usual groupings, with invisible characters, full width, the old 15 digits
                arguments("身份证号 " + grouped(ID_18, " ", 6, 8, 4), ID, grouped(ID_18, " ", 6, 8, 4), 5),
                arguments(grouped(ID_18, "-", 6, 4, 4, 4), ID, grouped(ID_18, "-", 6, 4, 4, 4), 0),
                arguments(grouped(ID_18, " ", 6, 4, 2, 2, 4), ID, grouped(ID_18, " ", 6, 4, 2, 2, 4), 0),
                arguments(grouped(ID_18, " ", 4, 4, 4, 4, 2), ID, grouped(ID_18, " ", 4, 4, 4, 4, 2), 0),
                arguments(grouped(ID_18, " ", 3, 3, 4, 4, 4), ID, grouped(ID_18, " ", 3, 3, 4, 4, 4), 0),
                arguments(grouped(ID_18, " - ", 6, 8, 4), ID, grouped(ID_18, " - ", 6, 8, 4), 0),
                arguments(grouped(ID_18, "\u3000", 6, 8, 4), ID, grouped(ID_18, "\u3000", 6, 8, 4), 0),
                arguments(grouped(ID_18, ZWSP, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), ID,
                        grouped(ID_18, ZWSP, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 0),
                arguments(grouped(ID_18, "\u2060", 6, 8, 4) + " 电话", ID, grouped(ID_18, "\u2060", 6, 8, 4), 0),
                arguments("2026 " + grouped(ID_18, " ", 6, 8, 4) + " 12", ID, grouped(ID_18, " ", 6, 8, 4), 5),
                arguments("旧证号" + OLD_ID + "。", ID, OLD_ID, 3),
                arguments(grouped(OLD_ID, " ", 6, 6, 3), ID, grouped(OLD_ID, " ", 6, 6, 3), 0),
                // bank cards in other groupings
                arguments(grouped(CARD_19, " ", 6, 13), CARD, grouped(CARD_19, " ", 6, 13), 0),
                arguments(grouped(CARD_16, "\u2009", 4, 4, 4, 4), CARD, grouped(CARD_16, "\u2009", 4, 4, 4, 4), 0),
                arguments(grouped(CARD_16, "—", 4, 4, 4, 4), CARD, grouped(CARD_16, "—", 4, 4, 4, 4), 0),
                arguments(grouped(CARD_16, ZWSP, 4, 12), CARD, grouped(CARD_16, ZWSP, 4, 12), 0),
                arguments(grouped(CARD_16, " - ", 4, 4, 4, 4), CARD, grouped(CARD_16, " - ", 4, 4, 4, 4), 0),
                // mobiles with spaces or invisible characters
                arguments("1391 2345 678", MOBILE, "1391 2345 678", 0),
                arguments("139 12345678", MOBILE, "139 12345678", 0),
                arguments("139\u200B1234\u200B5678", MOBILE, "139\u200B1234\u200B5678", 0),
                arguments("1\u200C3\u200C9\u200C12345678", MOBILE, "1\u200C3\u200C9\u200C12345678", 0),
                arguments("１３９　１２３４　５６７８", MOBILE, "１３９　１２３４　５６７８", 0),
                arguments("139 - 1234 - 5678", MOBILE, "139 - 1234 - 5678", 0),
                arguments("8613912345678", MOBILE, "8613912345678", 0),
                arguments("0086 139 1234 5678", MOBILE, "0086 139 1234 5678", 0),
                arguments("电话0902 - 6826837", LANDLINE, "0902 - 6826837", 2),
                // prohibited terms with spaces, invisible characters, traditional characters, stars
                arguments("购买六\u200B合彩", TERM, "六\u200B合彩", 2),
                arguments("六 合 彩", TERM, "六 合 彩", 0),
                arguments("六*合*彩", TERM, "六*合*彩", 0),
                arguments("六・合・彩", TERM, "六・合・彩", 0),
                arguments("邪教組織", TERM, "邪教組織", 0),
                arguments("邪\u00AD教\u3000组织", TERM, "邪\u00AD教\u3000组织", 0),
                arguments("法轮", TERM, "法轮", 0),
                arguments("法 輪", TERM, "法 輪", 0));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} \"{2}\" at {3}")
    @MethodSource
    void disguises(String text, String rule, String matched, int position) {
        assertThat(screen(text))
                .extracting(Finding::rule, Finding::text, Finding::position)
                .containsExactly(tuple(rule, matched, position));
        assertThat(text.substring(position, position + matched.length())).isEqualTo(matched);
    }

    @ParameterizedTest(name = "[{index}] {0} → BLOCK")
    @MethodSource("disguises")
    void markingsAndNumbersBlockWhateverTheDisguise(String text, String rule, String matched, int position) {
        if (!rule.equals(MOBILE) && !rule.equals(LANDLINE)) {
            assertThat(screen(text)).extracting(Finding::severity).containsOnly(Severity.BLOCK);
        }
    }

    /** What reading as a person reads must not turn into a finding. */
    static Stream<Arguments> stillNothing() {
        return Stream.of(
                arguments("保守國家機密", "traditional prose about secrets"),
                arguments("機密文件管理制度的學習", "機密 in a sentence"),
                arguments("内部\n资料", "a marking broken across lines"),
                arguments("内部管理制度", "内部 alone"),
                arguments("6522 22** **** **** 1234", "masked in groups"),
                arguments("652222☆☆☆☆☆☆☆☆1234", "masked with another star"),
                arguments("139★★★★5678", "masked mobile"),
                arguments("4111 1111 1111 1111 1111", "20 digits in groups"),
                arguments("4111 1111-1111 1111", "mixed separators in a card"),
                arguments("139-1234 5678", "mixed separators in a mobile"),
                arguments("911111 111111 111", "old ID grouping, no province 91"),
                arguments("652222 901301 123", "old ID grouping, month 13"),
                arguments("2013-38", "document number"),
                arguments("电话：0902 - 6826836", "published contact with spaces"),
                arguments("六合", "part of a term"),
                arguments("六合\n彩", "a term broken across lines"),
                arguments("a\u200Bb\u00ADc", "invisible characters alone"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource
    void stillNothing(String text, String why) {
        assertThat(screen(text)).isEmpty();
    }

    private static List<Finding> screen(String text) {
        return ScreeningRules.screen(text, TERMS, PUBLISHED, TODAY);
    }

    /** {@code number} split into groups of the given lengths, joined by {@code separator}. */
    static String grouped(String number, String separator, int... lengths) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int length : lengths) {
            out.append(at == 0 ? "" : separator).append(number, at, at + length);
            at += length;
        }
        return out.toString();
    }
}
