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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an attachment, for {@link ScreeningRules#screen}: a published attachment leaks whatever
 * it contains, so it is screened like the article.
 *
 * <p>Reads {@code .txt} (UTF-8 when the bytes are valid UTF-8, else GB18030, which covers GBK and
 * GB2312, the encodings of Chinese Windows), {@code .docx} (the text of word/document.xml, then of the
 * headers, footers, notes and comments; paragraphs end lines) and {@code .pdf} (PDFBox's text
 * stripper); any other type, .doc and .wps included, gives "".
 *
 * <p>Never throws for a damaged, encrypted or oversized file: it gives "", as it does for a file with no
 * text. The caller decides what "" means for a non-empty attachment (it could not be screened, so a
 * person has to look at it); this class cannot tell an unreadable file from an empty one for it.
 */
public final class AttachmentText {

    /**
     * Reading stops at this many uncompressed bytes of one .docx part, so that a small zip that
     * inflates to gigabytes (a zip bomb) cannot exhaust memory. Such a part makes the whole file
     * unreadable (""), because a text cut off there would look fully screened while it was not.
     */
    static final int MAX_PART_BYTES = 20 * 1024 * 1024;

    private static final String BODY = "word/document.xml";
    /**
     * The other .docx parts a reader of the file sees: headers and footers, where 内部资料 注意保存 and
     * the like are often set, footnotes, endnotes and comments. Their text follows the body's, in name order.
     */
    private static final Pattern OTHER_VISIBLE_PARTS =
            Pattern.compile("word/(header[0-9]*|footer[0-9]*|footnotes|endnotes|comments)\\.xml");
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private AttachmentText() {
    }

    /**
     * The text of {@code content}, chosen by the extension of {@code filename} (ignoring case); "" for
     * other types and for files that cannot be read.
     */
    public static String extract(String filename, byte[] content) {
        if (filename == null || content == null) {
            return "";
        }
        String name = filename.strip().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                return text(content);
            }
            if (name.endsWith(".docx")) {
                return docx(content);
            }
            if (name.endsWith(".pdf")) {
                return pdf(content);
            }
            return "";
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            return "";
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

    private static String docx(byte[] content) throws IOException, XMLStreamException {
        String body = null;
        Map<String, String> others = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(BODY)) {
                    body = wordText(readPart(zip));
                } else if (OTHER_VISIBLE_PARTS.matcher(entry.getName()).matches()) {
                    others.put(entry.getName(), wordText(readPart(zip)));
                }
            }
        }
        if (body == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(body);
        for (String part : others.values()) {
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(part);
            }
        }
        return text.toString();
    }

    private static byte[] readPart(InputStream zip) throws IOException {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = zip.read(buffer)) != -1; ) {
            if (part.size() + read > MAX_PART_BYTES) {
                throw new IOException("docx part larger than " + MAX_PART_BYTES + " bytes uncompressed");
            }
            part.write(buffer, 0, read);
        }
        return part.toByteArray();
    }

    /**
     * The text of w:t runs (and w:delText: deleted tracked changes stay in the file for anyone to see),
     * a tab for w:tab, a line end for w:br, w:cr and the end of each paragraph w:p.
     */
    private static String wordText(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = xmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = new StringBuilder();
        try {
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
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
                }
            }
        } finally {
            reader.close();
        }
        return text.toString().strip();
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

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(document).strip();
        }
    }
}
