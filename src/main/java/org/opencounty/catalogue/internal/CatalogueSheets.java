package org.opencounty.catalogue.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The layout of the catalogue workbook (docs/catalogue-spreadsheet.md): sheet names, and for each column its
 * title in row 1 and the content field whose rule errors belong in it. Columns are found by title, so staff
 * may reorder them; the order here is the one export writes.
 */
public final class CatalogueSheets {

    public static final String ITEMS = "事项";
    public static final String FEES = "收费";

    public interface Column {
        String title();

        String field();

        /** Column width in characters. */
        int width();
    }

    public enum ItemColumn implements Column {
        NAME("事项名称", "name", 24),
        TYPE("事项类型", "type", 12),
        TARGET("服务对象", "target", 12),
        SECTION("承办科室", "handlingSection", 14),
        STATUTORY("法定时限(工作日)", "statutoryLimitDays", 10),
        PROMISED("承诺时限(工作日)", "promisedLimitDays", 10),
        VISITS("到现场次数", "visits", 8),
        FORMS("办理形式", "handlingForms", 14),
        ONLINE("网上申请", "onlineApplication", 8),
        LOCATION("办理地点", "location", 24),
        HOURS("办理时间", "officeHours", 20),
        PHONE("咨询电话", "phone", 14),
        CONSULTATION("咨询方式", "consultation", 24),
        COMPLAINT("投诉渠道", "complaintChannel", 24),
        CHARGED("是否收费", "free", 8),
        FEES("收费项目", "fees", 24),
        LEGAL_BASIS("设定依据", "legalBasis", 40),
        CONDITIONS("申请条件", "conditions", 40),
        MATERIALS("申请材料", "materials", 50),
        PROCEDURE("办理流程", "procedure", 50),
        FAQ("常见问题", "faq", 40);

        private final String title;
        private final String field;
        private final int width;

        ItemColumn(String title, String field, int width) {
            this.title = title;
            this.field = field;
            this.width = width;
        }

        public String title() { return title; }
        public String field() { return field; }
        public int width() { return width; }

        /** The column of a rule error's field, e.g. {@code materials[2].name} → 申请材料. */
        public static Optional<ItemColumn> ofField(String key) {
            String field = key.replaceAll("[\\[.].*$", "");
            return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
        }
    }

    public enum FeeColumn implements Column {
        KIND("收费类别", "kind", 16),
        NAME("项目名称", "name", 28),
        AMOUNT("标准(元)", "amount", 10),
        UNIT("计费单位", "unitOfCharge", 10),
        REDUCTIONS("减免", "reductions", 40),
        BASIS("收费依据", "legalBasis", 40),
        DOCUMENT("批准文件", "approvingDocument", 24),
        SECTION("收费科室", "section", 20),
        VALID_FROM("有效期起", "validFrom", 12),
        VALID_UNTIL("有效期止", "validUntil", 12);

        private final String title;
        private final String field;
        private final int width;

        FeeColumn(String title, String field, int width) {
            this.title = title;
            this.field = field;
            this.width = width;
        }

        public String title() { return title; }
        public String field() { return field; }
        public int width() { return width; }

        public static Optional<FeeColumn> ofField(String key) {
            return Arrays.stream(values()).filter(c -> c.field.equals(key)).findFirst();
        }
    }

    private CatalogueSheets() {
    }

    /** Titles compare without spaces and with either kind of brackets: 法定时限（工作日） is 法定时限(工作日). */
    public static String normalTitle(String title) {
        return title == null ? "" : title.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }
}
