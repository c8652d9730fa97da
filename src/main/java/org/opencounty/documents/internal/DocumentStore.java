package org.opencounty.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.documents.Disclosure;
import org.opencounty.documents.DocumentKind;
import org.opencounty.documents.DocumentState;
import org.opencounty.documents.OfficialDocument;
import org.opencounty.documents.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents' rows (V21_1). Column names in statements are constants of this class, never input. */
@Repository
public class DocumentStore {

    /** The columns a sending step may set besides the state. */
    public enum StepColumn {
        REVIEWED_BY("reviewed_by"), SIGNED_BY("signed_by"), SIGNED_AT("signed_at"), WRITTEN_ON("written_on"),
        CHECKED_BY("checked_by"), REGISTERED_BY("registered_by"), REGISTERED_AT("registered_at"), PREFIX("prefix"),
        YEAR("year"), SERIAL("serial"), NUMBER("number"), DISPATCHED_BY("dispatched_by"), DISPATCHED_AT("dispatched_at"),
        RETURN_REASON("return_reason"), ARTICLE_ID("article_id");

        private final String column;

        StepColumn(String column) {
            this.column = column;
        }
    }

    /** The fields a drafter writes. */
    public record Fields(DocumentKind kind, String title, String body, Urgency urgency, Disclosure disclosure,
                         String disclosureReason, LocalDate deadline) {
    }

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long siteId, long unitId, Fields fields, String by, Instant now) {
        return jdbc.sql("""
                insert into official_document (site_id, unit_id, kind, title, body, urgency, disclosure, disclosure_reason,
                    deadline, state, drafted_by, created_at, updated_at)
                values (:site, :unit, :kind, :title, :body, :urgency, :disclosure, :reason, :deadline, 'DRAFT', :by, :now, :now)
                returning id""")
                .param("site", siteId).param("unit", unitId).params(fieldParams(fields)).param("by", by).param("now", ts(now))
                .query(Long.class).single();
    }

    /** Rewrites a draft; false when the row moved on from {@code expectedVersion}. */
    public boolean rewrite(long id, long expectedVersion, Fields fields, Instant now) {
        return jdbc.sql("""
                update official_document set kind = :kind, title = :title, body = :body, urgency = :urgency,
                    disclosure = :disclosure, disclosure_reason = :reason, deadline = :deadline, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .params(fieldParams(fields)).param("now", ts(now)).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** Moves the document to {@code state} with the step's columns; false when it moved on from {@code expectedVersion}. */
    public boolean step(long id, long expectedVersion, DocumentState state, Map<StepColumn, Object> columns, Instant now) {
        StringBuilder sql = new StringBuilder("update official_document set state = :state, updated_at = :now, version = version + 1");
        columns.keySet().forEach(column -> sql.append(", ").append(column.column).append(" = :").append(column.column));
        sql.append(" where id = :id and version = :version");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("state", state.name()).param("now", ts(now))
                .param("id", id).param("version", expectedVersion);
        for (Map.Entry<StepColumn, Object> entry : columns.entrySet()) {
            Object value = entry.getValue() instanceof Instant instant ? ts(instant) : entry.getValue();
            statement = statement.param(entry.getKey().column, value);
        }
        return statement.update() == 1;
    }

    public Optional<OfficialDocument> find(long id) {
        return jdbc.sql("select * from official_document where id = :id").param("id", id).query(DocumentStore::document).optional();
    }

    /** The documents of the units {@code unitIds} issued, newest first. */
    public List<OfficialDocument> issuedBy(long siteId, Collection<Long> unitIds, int limit, int offset) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from official_document where site_id = :site and unit_id in (:units)
                order by id desc limit :limit offset :offset""")
                .param("site", siteId).param("units", unitIds).param("limit", limit).param("offset", offset)
                .query(DocumentStore::document).list();
    }

    public long countIssuedBy(long siteId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from official_document where site_id = :site and unit_id in (:units)")
                .param("site", siteId).param("units", unitIds).query(Long.class).single();
    }

    /** The next 发文顺序号 of {@code prefix} in {@code year}; the counter row stays locked until the caller commits. */
    public int nextSerial(long siteId, String prefix, int year) {
        return jdbc.sql("""
                insert into document_counter (site_id, prefix, year, last_number) values (:site, :prefix, :year, 1)
                on conflict (site_id, prefix, year) do update set last_number = document_counter.last_number + 1
                returning last_number""")
                .param("site", siteId).param("prefix", prefix).param("year", year).query(Integer.class).single();
    }

    public void event(long documentId, Long recipientId, Instant at, String actor, String action, String detail) {
        jdbc.sql("""
                insert into document_event (document_id, recipient_id, at, actor, action, detail)
                values (:document, :recipient, :at, :actor, :action, :detail)""")
                .param("document", documentId).param("recipient", recipientId).param("at", ts(at)).param("actor", actor)
                .param("action", action).param("detail", detail == null ? "" : detail).update();
    }

    public List<org.opencounty.documents.DocumentStep> events(long documentId) {
        return jdbc.sql("select * from document_event where document_id = :document order by id").param("document", documentId)
                .query((rs, n) -> new org.opencounty.documents.DocumentStep(instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), (Long) rs.getObject("recipient_id"), rs.getString("detail")))
                .list();
    }

    private static Map<String, Object> fieldParams(Fields fields) {
        return Map.of("kind", fields.kind().name(), "title", fields.title(), "body", fields.body(), "urgency", fields.urgency().name(),
                "disclosure", fields.disclosure().name(), "reason", fields.disclosureReason(),
                "deadline", fields.deadline() == null ? NULL_DATE : fields.deadline());
    }

    /** Map.of takes no nulls; a typed null for the date column. */
    private static final Object NULL_DATE = new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.DATE, null);

    static OfficialDocument document(ResultSet rs, int row) throws SQLException {
        return new OfficialDocument(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("unit_id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), Urgency.valueOf(rs.getString("urgency")),
                Disclosure.valueOf(rs.getString("disclosure")), rs.getString("disclosure_reason"), date(rs, "deadline"),
                DocumentState.valueOf(rs.getString("state")), rs.getString("drafted_by"), rs.getString("reviewed_by"),
                rs.getString("signed_by"), instant(rs, "signed_at"), rs.getString("checked_by"), rs.getString("registered_by"),
                instant(rs, "registered_at"), rs.getString("dispatched_by"), instant(rs, "dispatched_at"),
                rs.getString("number") == null ? "" : rs.getString("number"), date(rs, "written_on"), rs.getString("return_reason"),
                (Long) rs.getObject("article_id"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static java.time.OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
