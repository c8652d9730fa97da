package org.opencounty.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencounty.screening.AttachmentTextTest.docx;
import static org.opencounty.screening.AttachmentTextTest.document;
import static org.opencounty.screening.AttachmentTextTest.part;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Issue 16.3/16.4: reading an attachment is bounded by inflated bytes, parts, pages, characters and time; a file
 * that hits a bound, and every file that cannot be read, is "not readable" with a reason, never an exception.
 * The hostile files are built here.
 */
public class BoundedAttachmentReadingTest {

    private static final AttachmentLimits SMALL = new AttachmentLimits(1024 * 1024, 50, 20, 10_000, Duration.ofSeconds(10));

    @Test
    void manyHeaderPartsInflatingBeyondTheBoundAreNotReadable() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
        for (int i = 1; i <= 20; i++) {
            parts.put("word/header" + i + ".xml", part("hdr", "<w:p><w:r><w:t>" + " ".repeat(100_000) + "内部资料</w:t></w:r></w:p>"));
        }
        byte[] bomb = docx(parts);
        assertThat(bomb.length).isLessThan(20_000);

        AttachmentReading reading = AttachmentText.read("bomb.docx", bomb,
                new AttachmentLimits(1024 * 1024, 50, 20, 10_000_000, Duration.ofSeconds(10)));

        assertThat(reading.readable()).isFalse();
        assertThat(reading.reason()).contains("解压后超过1MB");
    }

    @Test
    void partsThatAreNotReadStillCountAgainstTheInflatedBound() throws IOException {
        byte[] bomb = docx(Map.of(
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"),
                "word/media/padding.bin", new byte[4 * 1024 * 1024]));

        assertThat(AttachmentText.read("bomb.docx", bomb, SMALL).reason()).contains("解压后超过");
    }

    @Test
    void tooManyPartsAreNotReadable() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
        for (int i = 0; i < 60; i++) {
            parts.put("word/media/" + i + ".xml", new byte[1]);
        }

        assertThat(AttachmentText.read("many.docx", docx(parts), SMALL).reason()).contains("部件超过50个");
    }

    @Test
    void aHeaderOverTheOldPartLimitIsNotSilentlySkipped() throws IOException {
        // 16.4: the body's ID and marking passed because a large header made the reader give up silently.
        byte[] docx = docx(Map.of(
                "word/document.xml", document("<w:p><w:r><w:t>内部资料 11010519491231002X</w:t></w:r></w:p>"),
                "word/header1.xml", part("hdr", "<w:p><w:r><w:t>" + " ".repeat(2 * 1024 * 1024) + "</w:t></w:r></w:p>")));

        AttachmentReading reading = AttachmentText.read("a.docx", docx, SMALL);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.reason()).isNotBlank();
    }

    @Test
    void pagesSharingOneHugeStreamAreNotReadableAndStopEarly() throws IOException {
        byte[] pdf = pdfWithSharedStream(200, 64 * 1024);
        assertThat(pdf.length).isLessThan(100_000);

        long started = System.nanoTime();
        AttachmentReading reading = AttachmentText.read("shared.pdf", pdf, new AttachmentLimits(1024 * 1024, 50, 1000, 10_000,
                Duration.ofSeconds(10)));

        assertThat(reading.readable()).isFalse();
        assertThat(reading.reason()).contains("解压后超过1MB");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void tooManyPagesAreNotReadable() throws IOException {
        assertThat(AttachmentText.read("long.pdf", pdfWithSharedStream(21, 16), SMALL).reason()).contains("超过20页");
    }

    @Test
    void readingStopsAtTheTimeLimit() throws IOException {
        AttachmentLimits noTime = new AttachmentLimits(1024 * 1024, 50, 20, 10_000, Duration.ZERO);

        assertThat(AttachmentText.read("a.pdf", pdfWithText("TEXT"), noTime).reason()).contains("读取超时");
        assertThat(AttachmentText.read("a.docx", docx(Map.of("word/document.xml",
                document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))), noTime).reason()).contains("读取超时");
    }

    @Test
    void tooMuchTextIsNotReadable() {
        byte[] text = "内容".repeat(6_000).getBytes(StandardCharsets.UTF_8);

        assertThat(AttachmentText.read("a.txt", text, SMALL).reason()).contains("文字超过10000字");
    }

    @Test
    void imagesScansAndEncryptedFilesAreNotReadableWithTheirReason() throws IOException {
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        assertThat(AttachmentText.read("照片.png", png, SMALL).reason()).isEqualTo(AttachmentText.OTHER_TYPE);
        assertThat(AttachmentText.read("旧.doc", png, SMALL).reason()).isEqualTo(AttachmentText.OTHER_TYPE);
        assertThat(AttachmentText.read("scan.pdf", pdfWithSharedStream(1, 0), SMALL).reason()).isEqualTo(AttachmentText.NO_TEXT);
        assertThat(AttachmentText.read("locked.pdf", encryptedPdf(), SMALL).reason()).isEqualTo(AttachmentText.ENCRYPTED);
        assertThat(AttachmentText.read("broken.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII), SMALL).reason())
                .isEqualTo(AttachmentText.DAMAGED);
    }

    @Test
    void documentPropertiesAreRead() throws IOException {
        byte[] docx = docx(Map.of(
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"),
                "docProps/core.xml", ("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                            xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:title>內部資料</dc:title><dc:subject>机密★1年</dc:subject>
                          <cp:keywords>13912345678</cp:keywords><dc:description>说明</dc:description><dc:creator>张三</dc:creator>
                        </cp:coreProperties>""").getBytes(StandardCharsets.UTF_8)));

        assertThat(AttachmentText.read("a.docx", docx, SMALL).text()).isEqualTo("正文\n內部資料\n机密★1年\n13912345678\n说明");

        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(pdfWithText("BODY"))) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("内部资料");
            info.setKeywords("11010519491231002X");
            pdf = save(document);
        }
        assertThat(AttachmentText.read("a.pdf", pdf, SMALL).text()).isEqualTo("BODY\n内部资料\n11010519491231002X");
    }

    @Test
    void theReaderReadsFewAtATimeAndEveryCallerGetsAnAnswer() throws Exception {
        AttachmentReader reader = new AttachmentReader(DataSize.ofMegabytes(1), 50, 1000, 10_000, Duration.ofSeconds(10), 2);
        byte[] slow = pdfWithSharedStream(200, 64 * 1024);
        ExecutorService submitters = Executors.newFixedThreadPool(12);
        try {
            List<Future<AttachmentReading>> readings = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                readings.add(submitters.submit((Callable<AttachmentReading>) () -> reader.read("shared.pdf", slow)));
            }
            for (Future<AttachmentReading> reading : readings) {
                assertThat(reading.get().readable()).isFalse();
            }
        } finally {
            submitters.shutdownNow();
            reader.stop();
        }
    }

    /** {@code pages} pages whose contents are one Flate stream of {@code bytes} bytes of path operators, shared by all. */
    static byte[] pdfWithSharedStream(int pages, int bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            byte[] operators = "0 0 m\n".repeat(Math.max(1, bytes / 6)).getBytes(StandardCharsets.US_ASCII);
            PDStream shared = new PDStream(document, new ByteArrayInputStream(operators), COSName.FLATE_DECODE);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(shared);
                document.addPage(page);
            }
            return save(document);
        }
    }

    public static byte[] pdfWithText(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            return save(document);
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdfWithText("SECRET"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
