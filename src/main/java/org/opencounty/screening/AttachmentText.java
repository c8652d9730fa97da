package org.opencounty.screening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of an attachment, for {@link ScreeningRules#screen}: a published attachment leaks whatever
 * it contains, so it is screened like the article, and so are its document properties.
 *
 * <p>Reads {@code .txt} (UTF-8 when the bytes are valid UTF-8, else GB18030, which covers GBK and
 * GB2312, the encodings of Chinese Windows), {@code .docx} (the text of word/document.xml, then of the
 * headers, footers, notes and comments, then the title, subject, keywords and description of
 * docProps/core.xml; paragraphs end lines) and {@code .pdf} (PDFBox's text stripper, then the title,
 * subject and keywords of the information dictionary).
 *
 * <p>{@link #read} never throws for a file: a type it cannot read (images, .doc, .xls), a file with no text
 * (a scanned PDF), a damaged or encrypted file, or one that exceeds {@link AttachmentLimits} gives a reading
 * that is not readable, with the reason.
 */
public final class AttachmentText {

    static final String OTHER_TYPE = "该类型文件（图片、.doc、.xls 等）不能自动提取文字";
    static final String NO_TEXT = "未能提取到文字（可能是扫描件或图片）";
    static final String ENCRYPTED = "文件已加密";
    static final String DAMAGED = "文件已损坏或与扩展名不符";
    static final String TOO_LONG = "读取超时";

    private static final String BODY = "word/document.xml";
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    /**
     * The other .docx parts a reader of the file sees: headers and footers, where 内部资料 注意保存 and
     * the like are often set, footnotes, endnotes and comments. Their text follows the body's, in name order.
     */
    private static final Pattern OTHER_VISIBLE_PARTS =
            Pattern.compile("word/(header[0-9]*|footer[0-9]*|footnotes|endnotes|comments)\\.xml");
    private static final Set<String> PROPERTIES = Set.of("title", "subject", "keywords", "description");
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private AttachmentText() {
    }

    /** The text of {@code content} within the default limits; "" for files that cannot be read. */
    public static String extract(String filename, byte[] content) {
        AttachmentReading reading = read(filename, content, AttachmentLimits.DEFAULT);
        return reading.readable() ? reading.text() : "";
    }

    /**
     * Reads {@code content} by the extension of {@code filename} (ignoring case) on the calling thread, checking
     * the limits as it goes (time included), so that a hostile file stops costing as soon as it exceeds one.
     */
    public static AttachmentReading read(String filename, byte[] content, AttachmentLimits limits) {
        if (filename == null || content == null) {
            return AttachmentReading.unreadable(DAMAGED);
        }
        String name = filename.strip().toLowerCase(Locale.ROOT);
        Budget budget = new Budget(limits);
        try {
            Extracted extracted;
            if (name.endsWith(".txt")) {
                extracted = new Extracted(text(content), "");
            } else if (name.endsWith(".docx")) {
                extracted = docx(content, budget);
            } else if (name.endsWith(".pdf")) {
                extracted = pdf(content, budget);
            } else {
                return AttachmentReading.unreadable(OTHER_TYPE);
            }
            budget.chars(extracted.content().length() + extracted.properties().length());
            if (extracted.content().isBlank() && content.length > 0 && !name.endsWith(".txt")) {
                // The properties are still screened; the pages are for a person to read.
                return new AttachmentReading(false, extracted.properties(), NO_TEXT);
            }
            StringBuilder text = new StringBuilder(extracted.content());
            append(text, extracted.properties());
            return AttachmentReading.of(text.toString());
        } catch (Unreadable bound) {
            return AttachmentReading.unreadable(bound.getMessage());
        } catch (InvalidPasswordException encrypted) {
            return AttachmentReading.unreadable(ENCRYPTED);
        } catch (IOException | XMLStreamException | RuntimeException damaged) {
            return AttachmentReading.unreadable(DAMAGED);
        }
    }

    private static String text(byte[] content) {
        int bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, bom, content.length - bom);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    /**
     * Every entry is inflated through the budget, the ones not read as well (skipping an entry inflates it
     * all the same), so that neither many parts nor one huge part can cost more than the limits.
     */
    /** The text of the pages (body, headers, notes) and of the document properties, one property a line. */
    private record Extracted(String content, String properties) {
    }

    private static Extracted docx(byte[] content, Budget budget) throws IOException, XMLStreamException {
        String body = null;
        String properties = "";
        Map<String, String> others = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                budget.part();
                byte[] part = budget.inflate(zip);
                if (entry.getName().equals(BODY)) {
                    body = wordText(part, budget);
                } else if (OTHER_VISIBLE_PARTS.matcher(entry.getName()).matches()) {
                    others.put(entry.getName(), wordText(part, budget));
                } else if (entry.getName().equals(CORE_PROPERTIES)) {
                    properties = coreProperties(part, budget);
                }
            }
        }
        if (body == null) {
            throw new IOException("no word/document.xml");
        }
        StringBuilder text = new StringBuilder(body);
        for (String part : others.values()) {
            append(text, part);
        }
        return new Extracted(text.toString(), properties);
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(part);
        }
    }

    /**
     * The text of w:t runs (and w:delText: deleted tracked changes stay in the file for anyone to see),
     * a tab for w:tab, a line end for w:br, w:cr and the end of each paragraph w:p.
     */
    private static String wordText(byte[] xml, Budget budget) throws XMLStreamException {
        XMLStreamReader reader = xmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = new StringBuilder();
        try {
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                budget.tick();
                if (event == XMLStreamConstants.START_ELEMENT && isWord(reader)) {
                    switch (reader.getLocalName()) {
                        case "t", "delText" -> inText = true;
                        case "tab" -> text.append('\t');
                        case "br", "cr" -> text.append('\n');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && isWord(reader)) {
                    switch (reader.getLocalName()) {
                        case "t", "delText" -> inText = false;
                        case "p" -> text.append('\n');
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(reader.getText());
                    budget.chars(text.length());
                }
            }
        } finally {
            reader.close();
        }
        return text.toString().strip();
    }

    /** Title, subject, keywords and description (dc:, cp:), one line each, in the file's order. */
    private static String coreProperties(byte[] xml, Budget budget) throws XMLStreamException {
        XMLStreamReader reader = xmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = new StringBuilder();
        try {
            while (reader.hasNext()) {
                budget.tick();
                if (reader.next() == XMLStreamConstants.START_ELEMENT && PROPERTIES.contains(reader.getLocalName())) {
                    append(text, reader.getElementText().strip());
                    budget.chars(text.length());
                }
            }
        } finally {
            reader.close();
        }
        return text.toString();
    }

    private static boolean isWord(XMLStreamReader reader) {
        return WORDPROCESSING_ML.equals(reader.getNamespaceURI());
    }

    /** No DTDs and no external entities: a .docx comes from outside and must not make the server fetch or expand anything. */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * The page contents are first decoded through the budget, once for every page that uses them (the cost of
     * pages sharing one huge stream), and only then given to the text stripper, which checks the time and
     * the characters as it goes.
     */
    private static Extracted pdf(byte[] content, Budget budget) throws IOException {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(budget.limits.maxInflatedBytes()).streamCache)) {
            if (document.getNumberOfPages() > budget.limits.maxPages()) {
                throw new Unreadable("超过" + budget.limits.maxPages() + "页");
            }
            for (PDPage page : document.getPages()) {
                if (page.hasContents()) {
                    try (InputStream contents = page.getContents()) {
                        budget.drain(contents);
                    }
                }
            }
            BoundedStripper stripper = new BoundedStripper(budget);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document).strip();
            PDDocumentInformation info = document.getDocumentInformation();
            StringBuilder properties = new StringBuilder();
            for (String property : List.of(nonNull(info.getTitle()), nonNull(info.getSubject()), nonNull(info.getKeywords()))) {
                append(properties, property.strip());
            }
            return new Extracted(text, properties.toString());
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** PDFBox's stripper with the time and character limits checked at every operator and character. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final Budget budget;
        private int chars;

        BoundedStripper(Budget budget) {
            this.budget = budget;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.tick();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            budget.chars(++chars);
            super.processTextPosition(text);
        }
    }

    /** What reading one file has cost so far, against its limits. */
    private static final class Budget {
        private final AttachmentLimits limits;
        private final long deadline;
        private long inflated;
        private int parts;

        Budget(AttachmentLimits limits) {
            this.limits = limits;
            this.deadline = System.nanoTime() + limits.maxTime().toNanos();
        }

        void tick() {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new Unreadable(TOO_LONG + "（超过" + limits.maxTime().toSeconds() + "秒）");
            }
        }

        void part() {
            if (++parts > limits.maxParts()) {
                throw new Unreadable("文件内部部件超过" + limits.maxParts() + "个");
            }
        }

        void chars(int count) {
            if (count > limits.maxChars()) {
                throw new Unreadable("文字超过" + limits.maxChars() + "字");
            }
        }

        byte[] inflate(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy(in, out);
            return out.toByteArray();
        }

        void drain(InputStream in) throws IOException {
            copy(in, null);
        }

        private void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                tick();
                inflated += read;
                if (inflated > limits.maxInflatedBytes()) {
                    throw new Unreadable("解压后超过" + limits.maxInflatedBytes() / (1024 * 1024) + "MB");
                }
                if (out != null) {
                    out.write(buffer, 0, read);
                }
            }
        }
    }

    /** A limit was reached; the message is the reason, in Chinese. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
