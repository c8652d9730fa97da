package org.opencounty.documents;

import java.util.regex.Pattern;

/**
 * 发文字号 (条例 art. 9, GB/T 9704-2012 7.2.4): the issuer's 代字, the year in full inside 六角括号 〔〕 and the number
 * without leading zeros or 第, e.g. 巴政办发〔2013〕38号. Numbers run per 代字 per calendar year.
 */
public final class DocumentNumber {

    /** A 代字: 2 to 12 Chinese characters (巴政办发, 巴电政字), nothing else. */
    private static final Pattern PREFIX = Pattern.compile("^[\\p{IsHan}]{2,12}$");

    private DocumentNumber() {
    }

    public static String format(String prefix, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("a 发文顺序号 starts at 1: " + serial);
        }
        return prefix + "〔" + year + "〕" + serial + "号";
    }

    public static boolean validPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }
}
