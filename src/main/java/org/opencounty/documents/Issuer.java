package org.opencounty.documents;

/** A unit that issues documents: its 发文机关代字 (巴政办发) and 发文机关标志 (巴里坤哈萨克自治县人民政府办公室文件). */
public record Issuer(long unitId, String prefix, String issuerMark) {
}
