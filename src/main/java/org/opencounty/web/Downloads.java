package org.opencounty.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Downloads' headers, built in one place: a stored file is never shown inline, its type never sniffed, and its name —
 * often Chinese, sometimes typed by a citizen — kept without ever breaking the header. {@code Content-Disposition}
 * carries an ASCII {@code filename="…"} for old clients and, when the name is more than that, the exact name as
 * {@code filename*=UTF-8''…} (RFC 6266, RFC 5987), which every current browser prefers. Control characters (CR, LF…),
 * quotes, backslashes and path separators can never reach the header as themselves.
 */
public final class Downloads {

    private static final String FALLBACK = "download";

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** {@code attachment; filename="…"[; filename*=UTF-8''…]}: saved, never shown in the browser. */
    public static String attachment(String filename) {
        return disposition("attachment", filename);
    }

    /** {@code inline; filename="…"[; filename*=UTF-8''…]}: shown (a PDF), saved under that name. */
    public static String inline(String filename) {
        return disposition("inline", filename);
    }

    private static String disposition(String type, String filename) {
        String name = clean(filename);
        String ascii = ascii(name);
        return ascii.equals(name) ? type + "; filename=\"" + ascii + "\""
                : type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The name without control characters or path separators, which no saved file should have; blank → "download". */
    static String clean(String filename) {
        StringBuilder clean = new StringBuilder();
        (filename == null ? "" : filename).codePoints().forEach(c ->
                clean.appendCodePoint(Character.isISOControl(c) || c == '/' || c == '\\' || c == 0x2028 || c == 0x2029 ? '_' : c));
        String name = clean.toString().strip();
        return name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_') ? FALLBACK : name;
    }

    /** Printable ASCII without the quote and percent sign (some clients decode %XX in the plain form); others → "_". */
    private static String ascii(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 5987 value-chars: attr-char as itself, every other UTF-8 byte as %XX. */
    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
