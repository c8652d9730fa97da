package org.opencounty.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencounty.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What may be uploaded anywhere on the platform: allow-listed types whose content really is of that type,
 * within the size limit. Names are cleaned of paths; the type served is the one the extension allows,
 * never the one the uploader claimed.
 */
@Component
public class UploadPolicy {

    /** An upload that passed: its cleaned name and the content type it will be served with. */
    public record Accepted(String filename, String contentType) {
    }

    private record Kind(String contentType, byte[]... signatures) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Map<String, Kind> ALLOWED = Map.of(
            "pdf", new Kind("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            "doc", new Kind("application/msword", OLE),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xls", new Kind("application/vnd.ms-excel", OLE),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
            "txt", new Kind("text/plain; charset=UTF-8"));

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private final long maxBytes;

    UploadPolicy(@Value("${opencounty.attachments.max-size:20MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** Checks an upload; throws with a Chinese message naming what is wrong, before anything is stored. */
    public Accepted check(String originalName, byte[] content) {
        if (originalName != null && BIDI_CONTROLS.matcher(originalName).find()) {
            // "报告" + U+202E + "fdp.exe" shows as "报告exe.pdf": a name that reads differently from what it is.
            throw InvalidInputException.field("file", "文件名含有改变文字方向的控制字符，请重命名后再上传");
        }
        String name = cleanName(originalName);
        Kind kind = ALLOWED.get(extension(name));
        if (kind == null) {
            throw InvalidInputException.field("file", "只能上传 pdf、doc、docx、xls、xlsx、jpg、png、txt 格式的文件");
        }
        if (content.length == 0) {
            throw InvalidInputException.field("file", "上传的是空文件");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.field("file", "文件不能超过" + DataSize.ofBytes(maxBytes).toMegabytes() + "MB");
        }
        if (kind.signatures().length > 0 && Arrays.stream(kind.signatures()).noneMatch(signature -> startsWith(content, signature))) {
            throw InvalidInputException.field("file", "文件内容与扩展名不符");
        }
        return new Accepted(name, kind.contentType());
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
