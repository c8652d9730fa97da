package org.opencounty.printing;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of an official document (公文) in the order GB/T 9704-2012 lays them out (STANDARDS §12.2): the 版头
 * (份号/密级 are never printed: classified documents are refused before they get here; 紧急程度, the 发文机关标志 in
 * red, the 发文字号 and, for 上行文, the 签发人) above the red line; the 主体 (title, 主送机关, body, 附件说明, 署名,
 * 成文日期); the 版记 (抄送机关, 印发机关 and 印发日期) at the foot of the last page.
 *
 * @param issuerMark     发文机关标志, e.g. "巴里坤哈萨克自治县人民政府办公室文件" or "…通报"
 * @param number         发文字号, e.g. "巴政办发〔2026〕38号"; blank for a draft (the print view then says 草稿)
 * @param urgency        紧急程度 "特急" / "加急", or null
 * @param signer         签发人 for 上行文, or null
 * @param bodyHtml       sanitised HTML of the body (the article editor's subset)
 * @param attachments    附件 names in order, printed as 附件说明 under the body
 * @param signature      署名 (the issuing body's name)
 * @param date           成文日期 (printed with Arabic numerals, as GB/T 9704-2012 requires)
 * @param copyTo         抄送机关, or null
 * @param printingOffice 印发机关, or null for the issuer's own name
 * @param printedOn      印发日期, or null for the 成文日期
 */
public record OfficialLayout(String issuerMark, String number, String urgency, String signer, String title,
                             String mainRecipients, String bodyHtml, List<String> attachments, String signature,
                             LocalDate date, String copyTo, String printingOffice, LocalDate printedOn) {

    public OfficialLayout {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
