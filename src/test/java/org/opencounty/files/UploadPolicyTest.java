package org.opencounty.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencounty.common.InvalidInputException;
import org.springframework.util.unit.DataSize;

class UploadPolicyTest {

    private final UploadPolicy policy = new UploadPolicy(DataSize.ofMegabytes(1));
    private final byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    @Test
    void namesThatReadInAnotherDirectionAreRefused() {
        for (String name : new String[] {"报告\u202Efdp.exe", "a\u202Db.pdf", "x\u2066y\u2069.pdf", "\u200Fname.pdf", "z\u061C.pdf"}) {
            assertThatThrownBy(() -> policy.check(name, pdf)).as(name).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).fields().get("file")).asString().contains("改变文字方向");
        }
        assertThat(policy.check("营业执照（副本）.pdf", pdf).filename()).isEqualTo("营业执照（副本）.pdf");
    }
}
