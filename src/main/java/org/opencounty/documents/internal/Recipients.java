package org.opencounty.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.documents.Reader;
import org.opencounty.documents.Recipient;
import org.opencounty.documents.RecipientState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receiving units' copies of dispatched documents and their readers (V21_1). */
@Repository
public class Recipients {

    /** The columns a receiving step may set besides the state. */
    public enum StepColumn {
        SIGNED_AT("signed_at"), SIGNED_BY("signed_by"), RECEIPT_YEAR("receipt_year"), RECEIPT_SERIAL("receipt_serial"),
        ACCEPTED_BY("accepted_by"), ACCEPTED_AT("accepted_at"), RETURNED_REASON("returned_reason"), MODE("mode"),
        PROPOSAL("proposal"), PROPOSED_BY("proposed_by"), INSTRUCTION("instruction"), INSTRUCTED_BY("instructed_by"),
        HANDLER("handler"), HANDLE_DUE("handle_due"), REPLY("reply"), REPLIED_BY("replied_by"), REPLIED_AT("replied_at"),
        CLOSED_BY("closed_by"), CLOSED_AT("closed_at");

        private final String column;

        StepColumn(String column) {
            this.column = column;
        }
    }

    private static final String SELECT = """
            select r.*, u.name as unit_name, u.code as unit_code from document_recipient r join unit u on u.id = r.unit_id
            """;

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long deliver(long documentId, long siteId, long unitId, boolean cc, Instant now, Instant signBy) {
        return jdbc.sql("""
                insert into document_recipient (document_id, site_id, unit_id, cc, state, delivered_at, sign_by, remind_at)
                values (:document, :site, :unit, :cc, 'DELIVERED', :now, :signBy, :signBy) returning id""")
                .param("document", documentId).param("site", siteId).param("unit", unitId).param("cc", cc)
                .param("now", DocumentStore.ts(now)).param("signBy", DocumentStore.ts(signBy)).query(Long.class).single();
    }

    public Optional<Recipient> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Recipients::recipient).optional();
    }

    public List<Recipient> ofDocument(long documentId) {
        return jdbc.sql(SELECT + " where r.document_id = :document order by r.cc, u.sort_order, u.id")
                .param("document", documentId).query(Recipients::recipient).list();
    }

    /** The copies the units {@code unitIds} received, newest first. */
    public List<Recipient> inbox(long siteId, Collection<Long> unitIds, int limit, int offset) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.site_id = :site and r.unit_id in (:units) order by r.id desc limit :limit offset :offset")
                .param("site", siteId).param("units", unitIds).param("limit", limit).param("offset", offset)
                .query(Recipients::recipient).list();
    }

    public long countInbox(long siteId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from document_recipient where site_id = :site and unit_id in (:units)")
                .param("site", siteId).param("units", unitIds).query(Long.class).single();
    }

    public boolean step(long id, long expectedVersion, RecipientState state, Map<StepColumn, Object> columns) {
        StringBuilder sql = new StringBuilder("update document_recipient set state = :state, version = version + 1");
        columns.keySet().forEach(column -> sql.append(", ").append(column.column).append(" = :").append(column.column));
        sql.append(" where id = :id and version = :version");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("state", state.name()).param("id", id)
                .param("version", expectedVersion);
        for (Map.Entry<StepColumn, Object> entry : columns.entrySet()) {
            Object value = entry.getValue() instanceof Instant instant ? DocumentStore.ts(instant) : entry.getValue();
            statement = statement.param(entry.getKey().column, value);
        }
        return statement.update() == 1;
    }

    /**
     * The unsigned copies due for a reminder at {@code now}: past their sign-by time, or the last reminder's follow-up. Locked,
     * skipping those another sweep holds, so that two nodes never remind the same copy twice.
     */
    public List<Recipient> dueForReminder(Instant now, int limit) {
        return jdbc.sql(SELECT + """
                 where r.state = 'DELIVERED' and r.remind_at < :now
                 order by r.remind_at limit :limit for update of r skip locked""")
                .param("now", DocumentStore.ts(now)).param("limit", limit).query(Recipients::recipient).list();
    }

    /** Reminded at {@code now}; the next reminder waits until {@code next}. */
    public void reminded(long id, Instant now, Instant next) {
        jdbc.sql("update document_recipient set reminded_at = :now, remind_at = :next, reminders = reminders + 1, version = version + 1 where id = :id")
                .param("now", DocumentStore.ts(now)).param("next", DocumentStore.ts(next)).param("id", id).update();
    }

    public void addReader(long recipientId, String username, Instant now) {
        jdbc.sql("insert into document_reader (recipient_id, username, assigned_at) values (:r, :u, :now) on conflict do nothing")
                .param("r", recipientId).param("u", username).param("now", DocumentStore.ts(now)).update();
    }

    public List<Reader> readers(long recipientId) {
        return jdbc.sql("select * from document_reader where recipient_id = :r order by assigned_at, username").param("r", recipientId)
                .query((rs, n) -> new Reader(rs.getString("username"), DocumentStore.instant(rs, "assigned_at"),
                        DocumentStore.instant(rs, "read_at")))
                .list();
    }

    public boolean markRead(long recipientId, String username, Instant now) {
        return jdbc.sql("update document_reader set read_at = :now where recipient_id = :r and username = :u and read_at is null")
                .param("now", DocumentStore.ts(now)).param("r", recipientId).param("u", username).update() == 1;
    }

    /** The unit's next 收文登记号 of the year, counted like 发文字号 (no gaps, no duplicates). */
    public int nextReceiptSerial(long siteId, long unitId, int year, DocumentStore store) {
        return store.nextSerial(siteId, "收文:" + unitId, year);
    }

    static Recipient recipient(ResultSet rs, int row) throws SQLException {
        Integer receiptYear = (Integer) rs.getObject("receipt_year");
        String receipt = receiptYear == null ? "" : "收文〔" + receiptYear + "〕" + rs.getInt("receipt_serial") + "号";
        LocalDate due = DocumentStore.date(rs, "handle_due");
        return new Recipient(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("site_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getBoolean("cc"), RecipientState.valueOf(rs.getString("state")),
                DocumentStore.instant(rs, "delivered_at"), DocumentStore.instant(rs, "sign_by"), DocumentStore.instant(rs, "signed_at"),
                rs.getString("signed_by"), receipt, rs.getString("accepted_by"), DocumentStore.instant(rs, "accepted_at"),
                rs.getString("returned_reason"), rs.getString("mode"), rs.getString("proposal"), rs.getString("proposed_by"),
                rs.getString("instruction"), rs.getString("instructed_by"), rs.getString("handler"), due, rs.getString("reply"),
                rs.getString("replied_by"), DocumentStore.instant(rs, "replied_at"), rs.getString("closed_by"),
                DocumentStore.instant(rs, "closed_at"), DocumentStore.instant(rs, "reminded_at"), rs.getInt("reminders"),
                rs.getLong("version"));
    }
}
