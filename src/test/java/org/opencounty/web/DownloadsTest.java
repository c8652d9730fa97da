package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one Content-Disposition every download sends (RFC 6266 with RFC 5987's filename*): plain ASCII names as they are,
 * Chinese names kept exactly in filename* with an ASCII stand-in, and nothing a name holds — quotes, backslashes, CR or
 * LF, path separators — able to end the header, start another or point outside the download folder.
 */
class DownloadsTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("report.csv", "attachment; filename=\"report.csv\""),
                Arguments.of("circular 12.pdf", "attachment; filename=\"circular 12.pdf\""),
                Arguments.of("外网接入登记-2026-07-14.xlsx",
                        "attachment; filename=\"______-2026-07-14.xlsx\"; filename*=UTF-8''%E5%A4%96%E7%BD%91%E6%8E%A5%E5%85%A5%E7%99%BB%E8%AE%B0-2026-07-14.xlsx"),
                Arguments.of("营业执照 副本.pdf",
                        "attachment; filename=\"____ __.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf"),
                Arguments.of("a\"b.txt", "attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt"),
                Arguments.of("evil.pdf\"; filename=\"x.exe", "attachment; filename=\"evil.pdf_; filename=_x.exe\"; filename*=UTF-8''evil.pdf%22%3B%20filename%3D%22x.exe"),
                Arguments.of("a\r\nSet-Cookie: x=1.txt", "attachment; filename=\"a__Set-Cookie: x=1.txt\""),
                Arguments.of("line\nbreak.csv", "attachment; filename=\"line_break.csv\""),
                Arguments.of("..\\..\\windows\\x.ini", "attachment; filename=\".._.._windows_x.ini\""),
                Arguments.of("../etc/passwd", "attachment; filename=\".._etc_passwd\""),
                Arguments.of("100%.txt", "attachment; filename=\"100_.txt\"; filename*=UTF-8''100%25.txt"),
                Arguments.of("", "attachment; filename=\"download\""),
                Arguments.of(null, "attachment; filename=\"download\""),
                Arguments.of("\r\n", "attachment; filename=\"download\""));
    }

    @ParameterizedTest
    @MethodSource("names")
    void theHeaderKeepsTheNameAndCannotBeBroken(String filename, String expected) {
        String header = Downloads.attachment(filename);
        assertThat(header).isEqualTo(expected);
        assertThat(header).doesNotContain("\r", "\n");
        // One quoted ASCII name: its only quotes are the two around it.
        String plain = header.substring(header.indexOf("filename=\"") + 10);
        assertThat(plain.substring(0, plain.indexOf('"'))).doesNotContain("\\").doesNotContain("%");
    }

    @ParameterizedTest
    @MethodSource("names")
    void inlineIsTheSameNameShown(String filename, String expected) {
        assertThat(Downloads.inline(filename)).isEqualTo("inline" + expected.substring("attachment".length()));
    }

    @org.junit.jupiter.api.Test
    void theResponseSaysAttachmentAndNoSniffing() {
        var response = Downloads.attachment("名单.csv", "text/csv;charset=UTF-8", new byte[] {1});
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"__.csv\"; filename*=UTF-8''%E5%90%8D%E5%8D%95.csv");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
