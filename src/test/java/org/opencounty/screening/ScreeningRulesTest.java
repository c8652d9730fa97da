package org.opencounty.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("fast")
class ScreeningRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The center's contacts from notice 2013-38 and a unit's published mobile written with a country code. */
    private static final Set<String> PUBLISHED = Set.of("18999686229", "0902-6826836", "blkdzzw@163.com", "+86 139 9903 5307");

    private static final List<ProhibitedTerm> TERMS = List.of(
            new ProhibitedTerm("六合彩", "赌博"),
            new ProhibitedTerm("六合", ""),
            new ProhibitedTerm("Gambling", "赌博"),
            new ProhibitedTerm("  ", "空白"),
            new ProhibitedTerm("邪教组织", "邪教"));

    private static final String CLASSIFICATION = ScreeningRules.CLASSIFICATION_MARKING;
    private static final String INTERNAL = ScreeningRules.INTERNAL_MARKING;
    private static final String TERM = ScreeningRules.PROHIBITED_TERM;
    private static final String ID = ScreeningRules.RESIDENT_ID;
    private static final String CARD = ScreeningRules.BANK_CARD;
    private static final String MOBILE = ScreeningRules.MOBILE_NUMBER;
    private static final String LANDLINE = ScreeningRules.LANDLINE_NUMBER;
    private static final String EMAIL = ScreeningRules.EMAIL_ADDRESS;
    private static final Severity BLOCK = Severity.BLOCK;
    private static final Severity WARN = Severity.WARN;

    private static final String VALID_ID = id("65222219900101123");
    private static final String VALID_19_DIGIT_CARD = card("622202123456789012");

    private static List<Finding> screen(String text) {
        return ScreeningRules.screen(text, TERMS, PUBLISHED, TODAY);
    }

    /** Each text has exactly this one finding. */
    static Stream<Arguments> oneFinding() {
        return Stream.of(
                // CLASSIFICATION_MARKING: star with or without a period, any star, and lines declaring a level
                arguments("秘密★1年", CLASSIFICATION, BLOCK, "秘密★1年", 0),
                arguments("文件标注机密★10年字样", CLASSIFICATION, BLOCK, "机密★10年", 4),
                arguments("绝密★长期", CLASSIFICATION, BLOCK, "绝密★长期", 0),
                arguments("秘密★6个月\n关于……的通知", CLASSIFICATION, BLOCK, "秘密★6个月", 0),
                arguments("秘密☆", CLASSIFICATION, BLOCK, "秘密☆", 0),
                arguments("机密＊５年", CLASSIFICATION, BLOCK, "机密＊５年", 0),
                arguments("绝密*一年 特急", CLASSIFICATION, BLOCK, "绝密*一年", 0),
                arguments("秘 密 ★ 1年", CLASSIFICATION, BLOCK, "秘 密 ★ 1年", 0),
                arguments("巴政办发〔2013〕38号\n秘 密\n关于……的通知", CLASSIFICATION, BLOCK, "秘 密", 14),
                arguments("　　机密　\n正文", CLASSIFICATION, BLOCK, "机密", 2),
                arguments("正文\r\n绝密\r\n", CLASSIFICATION, BLOCK, "绝密", 4),
                arguments("密级：秘密", CLASSIFICATION, BLOCK, "密级：秘密", 0),
                arguments("  密级:机密  保密期限：10年", CLASSIFICATION, BLOCK, "密级:机密", 2),
                arguments("密级：绝密★长期", CLASSIFICATION, BLOCK, "密级：绝密★长期", 0),
                // INTERNAL_MARKING: either marking, spaced out, with 注意保存 as one finding
                arguments("内部资料", INTERNAL, BLOCK, "内部资料", 0),
                arguments("本件为内部文件。", INTERNAL, BLOCK, "内部文件", 3),
                arguments("内部资料 注意保存", INTERNAL, BLOCK, "内部资料 注意保存", 0),
                arguments("内部资料，注意保存", INTERNAL, BLOCK, "内部资料，注意保存", 0),
                arguments("（内部资料　注意保存）", INTERNAL, BLOCK, "内部资料　注意保存", 1),
                arguments("内 部 资 料", INTERNAL, BLOCK, "内 部 资 料", 0),
                arguments("内　部　文　件", INTERNAL, BLOCK, "内　部　文　件", 0),
                arguments("本文件为内部资料，请勿外传", INTERNAL, BLOCK, "内部资料", 4),
                // INTERNAL_MARKING_MENTION: the words quoted in a sentence are spoken about, not borne
                arguments("严禁发布标明“内部资料”的信息", ScreeningRules.INTERNAL_MARKING_MENTION, WARN, "内部资料", 7),
                arguments("不得上传「内部文件」", ScreeningRules.INTERNAL_MARKING_MENTION, WARN, "内部文件", 5),
                arguments("“内部资料", INTERNAL, BLOCK, "内部资料", 1),
                // PROHIBITED_TERM: the longest term, ignoring case and width
                arguments("购买六合彩", TERM, BLOCK, "六合彩", 2),
                arguments("六合镇", TERM, BLOCK, "六合", 0),
                arguments("no GAMBLING here", TERM, BLOCK, "GAMBLING", 3),
                arguments("ｇａｍｂｌｉｎｇ", TERM, BLOCK, "ｇａｍｂｌｉｎｇ", 0),
                arguments("六 合", TERM, BLOCK, "六 合", 0),
                // RESIDENT_ID
                arguments("身份证号11010519491231002X。", ID, BLOCK, "11010519491231002X", 4),
                arguments("11010519491231002x", ID, BLOCK, "11010519491231002x", 0),
                arguments("身份证：" + VALID_ID + "，", ID, BLOCK, VALID_ID, 4),
                arguments("born today " + id("65222220261126001"), ID, BLOCK, id("65222220261126001"), 11),
                arguments(id("65222219000101001"), ID, BLOCK, id("65222219000101001"), 0),
                arguments(id("65222220000229001"), ID, BLOCK, id("65222220000229001"), 0),
                arguments("证件号：" + idThatPassesLuhn(), ID, BLOCK, idThatPassesLuhn(), 4),
                arguments("１１０１０５１９４９１２３１００２Ｘ", ID, BLOCK, "１１０１０５１９４９１２３１００２Ｘ", 0),
                // BANK_CARD: together or in groups of four, 16 to 19 digits
                arguments("卡号" + VALID_19_DIGIT_CARD, CARD, BLOCK, VALID_19_DIGIT_CARD, 2),
                arguments("4111111111111111", CARD, BLOCK, "4111111111111111", 0),
                arguments("卡号：6222 0212 3456 7890 128。", CARD, BLOCK, "6222 0212 3456 7890 128", 3),
                arguments("4111-1111-1111-1111", CARD, BLOCK, "4111-1111-1111-1111", 0),
                arguments("4111  1111  1111  1111", CARD, BLOCK, "4111  1111  1111  1111", 0),
                arguments("账户 " + card("62284800000000000"), CARD, BLOCK, card("62284800000000000"), 3),
                // MOBILE_NUMBER
                arguments("联系电话13912345678", MOBILE, WARN, "13912345678", 4),
                arguments("手机：139-1234-5678", MOBILE, WARN, "139-1234-5678", 3),
                arguments("139 1234 5678", MOBILE, WARN, "139 1234 5678", 0),
                arguments("+8613912345678", MOBILE, WARN, "+8613912345678", 0),
                arguments("电话 +86 139 1234 5678", MOBILE, WARN, "+86 139 1234 5678", 3),
                arguments("(+86)13912345678", MOBILE, WARN, "(+86)13912345678", 0),
                arguments("0902-6826836,13512345678", MOBILE, WARN, "13512345678", 13),
                arguments("6826836 13512345678", MOBILE, WARN, "13512345678", 8),
                arguments("１３９１２３４５６７８", MOBILE, WARN, "１３９１２３４５６７８", 0),
                // LANDLINE_NUMBER
                arguments("电话：0902-6826837", LANDLINE, WARN, "0902-6826837", 3),
                arguments("010-12345678转8001", LANDLINE, WARN, "010-12345678", 0),
                arguments("(0902)6826837", LANDLINE, WARN, "(0902)6826837", 0),
                arguments("（0902）6826837", LANDLINE, WARN, "（0902）6826837", 0),
                arguments("0902-6826837-8001", LANDLINE, WARN, "0902-6826837", 0),
                // EMAIL_ADDRESS
                arguments("邮箱：zhang.san@163.com。", EMAIL, WARN, "zhang.san@163.com", 3),
                arguments("ZHANGSAN@QQ.COM", EMAIL, WARN, "ZHANGSAN@QQ.COM", 0),
                arguments("13912345678@qq.com", EMAIL, WARN, "13912345678@qq.com", 0),
                arguments("bgs@gov.cn.example.com", EMAIL, WARN, "bgs@gov.cn.example.com", 0),
                arguments("a@blkgov.cn", EMAIL, WARN, "a@blkgov.cn", 0));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} \"{3}\" at {4}")
    @MethodSource
    void oneFinding(String text, String rule, Severity severity, String matched, int position) {
        assertThat(screen(text))
                .extracting(Finding::rule, Finding::severity, Finding::text, Finding::position)
                .containsExactly(tuple(rule, severity, matched, position));
        assertThat(text.substring(position, position + matched.length())).isEqualTo(matched);
    }

    /** True negatives: nothing to report. */
    static Stream<Arguments> nothingFound() {
        return Stream.of(
                // 秘密, 机密, 绝密 in prose: no star, not alone on a line
                arguments("保守国家秘密", "prose about state secrets"),
                arguments("学习国家秘密法", "name of a law"),
                arguments("保护商业秘密", "trade secrets"),
                arguments("机密文件管理制度的学习", "机密 in a sentence"),
                arguments("电影讲述了一次绝密行动", "绝密 in a sentence"),
                arguments("秘密级以上地方性政策措施和政府文件以及涉及单位内部机密等信息", "the notice's own item 3"),
                arguments("秘密。", "a level with more on its line"),
                arguments("密级：一般", "密级 with no classified level"),
                arguments("关于密级：秘密的说明", "密级 not at the start of a line"),
                // 内部 without 文件 or 资料
                arguments("内部管理制度", "内部 alone"),
                arguments("内部\n资料", "marking broken across lines"),
                // terms
                arguments("a  b", "blank terms are ignored"),
                // resident IDs
                arguments("110105194912310021", "wrong check digit"),
                arguments(id("65222219900230123"), "30 February"),
                arguments(id("65222219901301123"), "month 13"),
                arguments(id("65222220261127001"), "born tomorrow"),
                arguments(id("65222218991231001"), "born before 1900"),
                arguments("652222********1234", "masked"),
                arguments("6522**********123X", "masked with check char"),
                arguments("110105********002X", "masked birth date"),
                arguments("A11010519491231002X", "after a letter"),
                arguments("11010519491231002X7", "before a digit"),
                arguments("111010519491231002X", "inside a longer digit run"),
                // bank cards
                arguments("6222021234567890123", "fails Luhn"),
                arguments("4111111111111112", "fails Luhn"),
                arguments("6222 **** **** 0128", "masked in groups"),
                arguments("622202******7890128", "masked together"),
                arguments("1" + VALID_19_DIGIT_CARD, "inside a 20-digit run"),
                arguments(VALID_19_DIGIT_CARD + "X", "before a letter"),
                arguments("4111 1111-1111 1111", "mixed separators"),
                arguments("4111 1111 1111 1111 1111", "20 digits in groups"),
                arguments("911111111111111", "15 digits: not a card, and no province 91 for an old ID"),
                // mobiles
                arguments("12912345678", "12 is not a mobile prefix"),
                arguments("139123456789", "12 digits"),
                arguments("2013912345678", "inside a longer digit run"),
                arguments("139****5678", "masked"),
                arguments("139-1234 5678", "mixed separators"),
                arguments("联系人：孙振平，18999686229", "published contact"),
                arguments("13999035307", "published as +86 139 9903 5307"),
                arguments("+86 189-9968-6229", "published, written with country code and hyphens"),
                // landlines
                arguments("电话：0902-6826836", "published contact"),
                arguments("(0902)6826836", "published, in another form"),
                arguments("巴政办发〔2013〕38号", "document number"),
                arguments("2013-38", "no leading 0"),
                arguments("0902-682683", "6-digit local number"),
                arguments("电话：6826836", "local number without area code"),
                // e-mail addresses
                arguments("邮箱：blkdzzw@163.com", "published contact"),
                arguments("BLKDZZW@163.COM", "published, other case"),
                arguments("bgs@balikun.gov.cn", "government domain"),
                arguments("BGS@HAMI.GOV.CN", "government domain, upper case"),
                arguments("info@gov.cn", "gov.cn itself"),
                arguments("18999686229@blk.gov.cn", "mobile inside a government address"),
                // ordinary text
                arguments("", "empty"),
                arguments("2013年5月9日，县人民政府办公室印发《关于进一步加强自治县电子政务工作的通知》。", "ordinary prose"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource
    void nothingFound(String text, String why) {
        assertThat(screen(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            秘密★1年                | 含有密级标志，涉密信息严禁上网发布
            内部资料                | 含有“内部资料”标志，严禁在网站发布
            内部文件                | 含有“内部文件”标志，严禁在网站发布
            六合彩                  | 含有禁止发布的词语（赌博）
            六合                    | 含有禁止发布的词语
            11010519491231002X      | 含有未脱敏的身份证号码
            4111111111111111        | 含有未脱敏的银行卡号
            13912345678             | 含有手机号码，请确认确需公开
            0902-6826837            | 含有固定电话号码，请确认确需公开
            zhangsan@163.com        | 含有电子邮箱地址，请确认确需公开
            """)
    void messagesTellTheSubmitterWhy(String text, String message) {
        assertThat(screen(text)).extracting(Finding::message).containsExactly(message);
    }

    @Test
    void findingsAreOrderedByPosition() {
        String text = "内部资料\n秘密★1年\n申请人张三，身份证号11010519491231002X，电话13912345678，"
                + "邮箱zhangsan@163.com，银行卡4111111111111111，购买六合彩。\n联系电话：0902-6826836";

        assertThat(screen(text))
                .extracting(Finding::rule, Finding::text, Finding::position)
                .containsExactly(
                        tuple(INTERNAL, "内部资料", 0),
                        tuple(CLASSIFICATION, "秘密★1年", 5),
                        tuple(ID, "11010519491231002X", 21),
                        tuple(MOBILE, "13912345678", 42),
                        tuple(EMAIL, "zhangsan@163.com", 56),
                        tuple(CARD, "4111111111111111", 76),
                        tuple(TERM, "六合彩", 95));
    }

    @Test
    void markingsOfOneDeclarationAreReportedOnce() {
        assertThat(screen("密级：秘密★1年\n秘密★1年"))
                .extracting(Finding::text, Finding::position)
                .containsExactly(tuple("密级：秘密★1年", 0), tuple("秘密★1年", 9));
    }

    @Test
    void usesTodayWhenNotGiven() {
        String bornLastYear = id("652222" + (LocalDate.now().getYear() - 1) + "0101001");

        assertThat(ScreeningRules.screen(bornLastYear, List.of(), Set.of()))
                .extracting(Finding::rule).containsExactly(ID);
    }

    @Test
    void testHelpersAgreeWithWellKnownNumbers() {
        assertThat(id("11010519491231002")).isEqualTo("11010519491231002X");
        assertThat(card("411111111111111")).isEqualTo("4111111111111111");
        assertThat(VALID_19_DIGIT_CARD).isEqualTo("6222021234567890128");
        assertThat(passesLuhn(idThatPassesLuhn())).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            <p>标题</p><p>正文</p>                                   | '标题\\n正文'
            一<br>二<br/>三                                           | '一\\n二\\n三'
            <div><p>  多个   空格\\n换行 </p></div>                    | '多个 空格 换行'
            <b>秘密</b>★1年                                           | '秘密★1年'
            &lt;内部资料&gt;&amp;&#x2605;&#9733;                      | '<内部资料>&★★'
            秘&nbsp;密                                                | '秘\\u00A0密'
            <table><tr><td>密级</td><td>秘密</td></tr></table>         | '密级\\n秘密'
            <ul><li>一</li><li>二</li></ul>                           | '一\\n二'
            前<script>alert(1)</script><style>p{}</style>后           | '前后'
            <pre>a\\n  b</pre>                                         | 'a\\n  b'
            <h1>题</h1>\\n\\n<p></p><p>文</p>                           | '题\\n文'
            """)
    void plainTextIsWhatTheReaderSees(String html, String expected) {
        assertThat(ScreeningRules.plainText(unescape(html))).isEqualTo(unescape(expected));
    }

    @Test
    void findingsOfArticleHtmlPointIntoItsPlainText() {
        String plain = ScreeningRules.plainText("<p>标题</p><p>秘&nbsp;密</p><p>电话<b>13912345678</b></p>");

        assertThat(screen(plain))
                .extracting(Finding::rule, Finding::text, Finding::position)
                .containsExactly(tuple(CLASSIFICATION, "秘\u00A0密", 3), tuple(MOBILE, "13912345678", 9));
    }

    /** A resident ID from its first 17 digits: ISO 7064 MOD 11-2, written out independently of the code under test. */
    static String id(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A card number from all but its last digit, with the Luhn check digit appended. */
    static String card(String withoutCheckDigit) {
        for (char check = '0'; check <= '9'; check++) {
            if (passesLuhn(withoutCheckDigit + check)) {
                return withoutCheckDigit + check;
            }
        }
        throw new AssertionError("no Luhn check digit for " + withoutCheckDigit);
    }

    /** An all-digit resident ID that is also a Luhn-valid 18-digit number. */
    static String idThatPassesLuhn() {
        for (int sequence = 100; sequence < 1000; sequence++) {
            String candidate = id("65222219900101" + sequence);
            if (Character.isDigit(candidate.charAt(17)) && passesLuhn(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no such ID");
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\u00A0", "\u00A0");
    }
}
