package org.opencounty.printing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencounty.printing.OfficialLayout;

@Tag("fast")
class TemplatePrintingTest {

    private final TemplatePrinting printing = new TemplatePrinting(TemplateEngine.createPrecompiled(ContentType.Html));

    private static OfficialLayout notice(String number) {
        return new OfficialLayout("巴里坤哈萨克自治县人民政府办公室文件", number, "加急", null,
                "关于报送政府网站基本信息的通知", "各乡镇人民政府，县直各部门",
                "<p>为进一步加强政府网站建设，请各单位于5月31日前报送基本信息。</p><p>联系人：张三&nbsp;电话：0902-6821234</p>",
                List.of("基本信息报送表", "信息联络员登记表"), "巴里坤哈萨克自治县人民政府办公室", LocalDate.of(2026, 5, 6),
                "县委办公室，县人大常委会办公室", null, null);
    }

    @Test
    void thePrintViewCarriesTheHeaderNumberAndImprint() {
        String html = printing.html(notice("巴政办发〔2026〕38号"));

        assertThat(html).contains("巴里坤哈萨克自治县人民政府办公室文件</div>")
                .contains("巴政办发〔2026〕38号").contains("加急").contains("各乡镇人民政府，县直各部门：")
                .contains("1．基本信息报送表").contains("2．信息联络员登记表").contains("2026年5月6日")
                .contains("抄送：县委办公室，县人大常委会办公室。").contains("2026年5月6日印发");
    }

    @Test
    void aDraftWithoutNumberSaysSo() {
        assertThat(printing.html(notice(null))).contains("草稿，未编号").doesNotContain("〔");
    }

    @Test
    void bodyTextIsNotEscapedTwiceButTitleIs() {
        OfficialLayout layout = new OfficialLayout("机关文件", "X〔2026〕1号", null, null, "<script>alert(1)</script>", "各单位",
                "<p>正文</p>", List.of(), "机关", LocalDate.of(2026, 1, 5), null, null, null);

        assertThat(printing.html(layout)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<p>正文</p>");
    }

    @Test
    void thePdfHasTheChineseTextWithTheFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = printing.pdf(notice("巴政办发〔2026〕38号"));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertThat(text).contains("巴里坤哈萨克自治县人民政府办公室文件").contains("巴政办发〔2026〕38号")
                    .contains("关于报送政府网站基本信息的通知").contains("请各单位于5月31日前报送基本信息");
            assertThat(new PDFTextStripper().getText(document)).as("the issuer mark fits on one line")
                    .contains("巴里坤哈萨克自治县人民政府办公室文件\n");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 210 mm = 595 pt
            boolean embeddedSubset = false;
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                embeddedSubset |= font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+.*");
            }
            assertThat(embeddedSubset).as("a subset of the Chinese font is embedded").isTrue();
        }
        assertThat(pdf.length).as("a subset, not the 4 MB font").isLessThan(400_000);
    }
}
