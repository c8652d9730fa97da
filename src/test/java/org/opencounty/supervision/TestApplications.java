package org.opencounty.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Application rows written straight into the V5 table: this branch has no Java API for applications, and the
 * supervision rules read nothing but the table. Defaults describe a case accepted long ago whose limits are all
 * far away, so that a test sets only the columns its rule is about.
 */
final class TestApplications {

    /** Placeholders for {@code service_item_id}, resolved to published demo items. */
    static final String FREE_ITEM = "个体工商户登记";
    /** Lists two fees, 20 元 and 40 元: its standard is 60 元. */
    static final String FEE_ITEM = "居民身份证申领";

    private final JdbcClient jdbc;

    TestApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long siteId() {
        return jdbc.sql("select id from site where is_default").query(Long.class).single();
    }

    long unitId(String code) {
        return jdbc.sql("select id from unit where code = :code and site_id = :site").param("code", code).param("site", siteId())
                .query(Long.class).single();
    }

    long itemId(String name) {
        return jdbc.sql("select entry_id from published_entry where kind = 'ITEM' and name = :name").param("name", name)
                .query(Long.class).single();
    }

    /** Inserts a case of {@code unitCode}; {@code columns} override the defaults (a value may be null). */
    long insert(String unitCode, Map<String, Object> columns, LocalDate today) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("site_id", siteId());
        row.put("unit_id", unitId(unitCode));
        row.put("service_item_id", itemId(FREE_ITEM));
        row.put("item_name", "测试事项");
        row.put("applicant_name", "测试申请人");
        row.put("applicant_phone", "13900000000");
        row.put("state", "ACCEPTED");
        row.put("statutory_days", 20);
        row.put("promised_days", 10);
        row.put("handler", "handler1");
        row.put("submitted_on", today.minusDays(60));
        row.put("accepted_on", today.minusDays(59));
        row.put("promised_due", today.plusDays(60));
        row.put("statutory_due", today.plusDays(90));
        row.putAll(columns);
        if (row.get("service_item_id") instanceof String name) {
            row.put("service_item_id", itemId(name));
        }
        List<String> names = List.copyOf(row.keySet());
        var statement = jdbc.sql("insert into application (" + String.join(", ", names) + ") values ("
                + names.stream().map(name -> ":" + name).collect(Collectors.joining(", ")) + ") returning id");
        for (String name : names) {
            statement = statement.param(name, row.get(name));
        }
        return statement.query(Long.class).single();
    }

    /**
     * A case of {@code itemName} (a published item; null: the default item under the name 测试事项) with the days it
     * reached each stage, null where it did not, as the statistics read them. Dated 2019: the defaults' limits
     * are kept away from today.
     */
    long insertPath(String unitCode, String itemName, String state, String submitted, String accepted, String decided,
                    String completed, String promised) {
        Map<String, Object> columns = new HashMap<>();
        if (itemName != null) {
            columns.put("service_item_id", itemName);
            columns.put("item_name", itemName);
        }
        columns.put("state", state);
        columns.put("submitted_on", day(submitted));
        columns.put("accepted_on", day(accepted));
        columns.put("decided_on", day(decided));
        columns.put("completed_on", day(completed));
        columns.put("promised_due", day(promised));
        columns.put("decision", decided == null ? null : "APPROVED");
        columns.put("fee_charged", BigDecimal.ZERO);
        return insert(unitCode, columns, LocalDate.of(2019, 4, 1));
    }

    /** A signal as the sweep would have issued it on {@code issuedOn}. */
    void signal(long applicationId, String type, String issuedOn) {
        jdbc.sql("""
                        insert into supervision_signal (site_id, unit_id, application_id, type, issued_on, detail)
                        select site_id, unit_id, id, :type, :on, '测试' from application where id = :id""")
                .param("type", type).param("on", LocalDate.parse(issuedOn)).param("id", applicationId).update();
    }

    String unitName(String code) {
        return jdbc.sql("select name from unit where code = :code").param("code", code).query(String.class).single();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** In the order of {@link SignalType}. */
    List<SignalType> signalsOf(long applicationId) {
        return jdbc.sql("select type from supervision_signal where application_id = :id").param("id", applicationId)
                .query((rs, n) -> SignalType.valueOf(rs.getString(1))).list().stream().sorted().toList();
    }

    /** Removes what a test committed, so that later tests of the shared database do not meet it. */
    void delete(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from supervision_signal where application_id in (:ids)").param("ids", applicationIds).update();
        jdbc.sql("delete from application where id in (:ids)").param("ids", applicationIds).update();
    }

    static LocalDate workingDay(WorkingDays workingDays, LocalDate from, int n) {
        return workingDays.dueDate(from, n, org.opencounty.calendar.Region.XJ).dueDate();
    }
}
