package org.opencounty.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("fast")
class AttachmentTextTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void docxGivesParagraphsAsLinesThenHeadersAndFooters() throws IOException {
        byte[] docx = docx(Map.of(
                "word/document.xml", document("""
                        <w:p><w:r><w:t>秘</w:t></w:r><w:r><w:t>密★1年</w:t></w:r></w:p>
                        <w:p><w:r><w:t xml:space="preserve">申请人 </w:t></w:r><w:r><w:tab/><w:t>11010519491231002X</w:t></w:r></w:p>
                        <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
                        <w:p><w:del><w:r><w:delText>删除的13912345678</w:delText></w:r></w:del></w:p>
                        """),
                "word/header1.xml", part("hdr", "<w:p><w:r><w:t>内部资料 注意保存</w:t></w:r></w:p>"),
                "word/styles.xml", part("styles", "<w:p><w:r><w:t>not visible text</w:t></w:r></w:p>"),
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));

        String text = AttachmentText.extract("通知.docx", docx);

        assertThat(text).isEqualTo("秘密★1年\n申请人 \t11010519491231002X\n第一行\n第二行\n删除的13912345678\n内部资料 注意保存");
        assertThat(ScreeningRules.screen(text, List.of(), Set.of(), LocalDate.of(2026, 11, 26)))
                .extracting(Finding::rule)
                .containsExactly(ScreeningRules.CLASSIFICATION_MARKING, ScreeningRules.RESIDENT_ID,
                        ScreeningRules.MOBILE_NUMBER, ScreeningRules.INTERNAL_MARKING);
    }

    @Test
    void extensionIsMatchedIgnoringCase() throws IOException {
        byte[] docx = docx(Map.of("word/document.xml", document("<w:p><w:r><w:t>内部文件</w:t></w:r></w:p>")));

        assertThat(AttachmentText.extract("NOTICE.DOCX", docx)).isEqualTo("内部文件");
    }

    @Test
    void pdfGivesItsText() throws IOException {
        byte[] pdf = BoundedAttachmentReadingTest.pdfWithText("NEIBU TEST 11010519491231002X");

        String text = AttachmentText.extract("scan.pdf", pdf);

        assertThat(text).isEqualTo("NEIBU TEST 11010519491231002X");
        assertThat(ScreeningRules.screen(text, List.of(), Set.of(), LocalDate.of(2026, 11, 26)))
                .extracting(Finding::rule, Finding::position)
                .containsExactly(tuple(ScreeningRules.RESIDENT_ID, 11));
    }

    @Test
    void gbkTextIsDecodedAsGb18030() {
        String text = "内部资料 注意保存\n秘密★1年";

        assertThat(AttachmentText.extract("旧文件.txt", text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
    }

    @Test
    void utf8TextLosesItsByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "机密★10年".getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(bom, bom.length + utf8.length);
        System.arraycopy(utf8, 0, content, bom.length, utf8.length);

        assertThat(AttachmentText.extract("a.txt", content)).isEqualTo("机密★10年");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken.pdf", "broken.docx", "photo.jpg", "old.doc", "no-extension"})
    void damagedOrUnknownFilesGiveEmptyText(String filename) {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 11);
        }

        assertThat(AttachmentText.extract(filename, garbage)).isEmpty();
    }

    @Test
    void truncatedDocxGivesEmptyText() throws IOException {
        byte[] docx = docx(Map.of("word/document.xml", document("<w:p><w:r><w:t>内部资料</w:t></w:r></w:p>".repeat(200))));

        assertThat(AttachmentText.extract("a.docx", Arrays.copyOf(docx, docx.length / 2))).isEmpty();
    }

    @Test
    void docxWithoutBodyGivesEmptyText() throws IOException {
        assertThat(AttachmentText.extract("a.docx", docx(Map.of("word/header1.xml", part("hdr", ""))))).isEmpty();
    }

    @Test
    void missingInputGivesEmptyText() {
        assertThat(AttachmentText.extract(null, new byte[0])).isEmpty();
        assertThat(AttachmentText.extract("a.pdf", null)).isEmpty();
        assertThat(AttachmentText.extract("a.pdf", new byte[0])).isEmpty();
    }

    @Test
    void zipBombIsNotInflatedBeyondTheLimit() throws IOException {
        String padding = " ".repeat((int) AttachmentLimits.DEFAULT.maxInflatedBytes() + 1);
        byte[] bomb = docx(Map.of("word/document.xml", document("<w:p><w:r><w:t>内部资料" + padding + "</w:t></w:r></w:p>")));
        assertThat(bomb.length).isLessThan(200_000);

        assertThat(AttachmentText.extract("bomb.docx", bomb)).isEmpty();
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        byte[] docx = docx(Map.of("word/document.xml", ("""
                <?xml version="1.0"?>
                <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
                """.formatted(W)).getBytes(StandardCharsets.UTF_8)));

        assertThat(AttachmentText.extract("a.docx", docx)).doesNotContain("root:");
    }

    static byte[] document(String paragraphs) {
        return part("document", "<w:body>" + paragraphs + "</w:body>");
    }

    static byte[] part(String root, String content) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:" + root + " xmlns:w=\"" + W + "\">" + content + "</w:" + root + ">")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : new LinkedHashMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
