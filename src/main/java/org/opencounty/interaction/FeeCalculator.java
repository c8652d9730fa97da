package org.opencounty.interaction;

import java.math.BigDecimal;
import org.opencounty.common.InvalidInputException;

/**
 * The 信息处理费 of 国办函〔2020〕109号《政府信息公开信息处理费管理办法》 (STANDARDS.md §3.5), both ways 超额累进:
 * <ul>
 * <li>按件: an applicant's requests in one natural month, the first 10 free, the 11th to 30th 100 元 each, and from the
 *     31st each further band of 10 requests 100 元 more per request (31st–40th 200 元, 41st–50th 300 元, …);</li>
 * <li>按量: pages of one request, the first 30 free, the 31st to 100th 10 元 a page, the 101st to 200th 20 元 a page,
 *     from the 201st 40 元 a page, each band priced on the pages that fall in it.</li>
 * </ul>
 */
public final class FeeCalculator {

    static final int FREE_REQUESTS = 10;
    static final int FIRST_BAND_END = 30;
    static final int FREE_PAGES = 30;

    private FeeCalculator() {
    }

    /** The fee of the applicant's {@code ordinal}-th request of a natural month (1 is the first). */
    public static BigDecimal perRequest(int ordinal) {
        if (ordinal < 1) {
            throw InvalidInputException.field("ordinal", "申请序号应为正整数");
        }
        if (ordinal <= FREE_REQUESTS) {
            return money(0);
        }
        if (ordinal <= FIRST_BAND_END) {
            return money(100);
        }
        int bandsAbove = (ordinal - FIRST_BAND_END - 1) / 10 + 1;
        return money(100L + 100L * bandsAbove);
    }

    /** The fee of a request answered with {@code pages} pages. */
    public static BigDecimal perPage(int pages) {
        if (pages < 0) {
            throw InvalidInputException.field("pages", "页数不能为负数");
        }
        long fee = band(pages, 30, 100, 10) + band(pages, 100, 200, 20) + band(pages, 200, Integer.MAX_VALUE, 40);
        return money(fee);
    }

    /** The pages of {@code pages} that lie above {@code from} and up to {@code to}, at {@code rate} each. */
    private static long band(int pages, int from, int to, int rate) {
        return (long) Math.max(0, Math.min(pages, to) - from) * rate;
    }

    private static BigDecimal money(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }
}
