package org.opencounty.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.opencounty.common.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The messages, their history and attachments; every change checks the version the caller read (stale → 409). */
@Repository
class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewMessage(long siteId, MessageCategory category, Long unitId, String title, String content, String name, String phone,
                      Long accountId, boolean publicAllowed, String withheldReason, String queryCode, MessageState state,
                      LocalDate submittedOn, Instant submittedAt, LocalDate dueOn) {
    }

    long insert(NewMessage m) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into interaction_message (site_id, category, unit_id, title, content, name, phone, account_id, public_allowed,
                    withheld_reason, query_code, state, submitted_on, submitted_at, due_on)
                values (:site, :category, :unit, :title, :content, :name, :phone, :account, :public, :withheld, :code, :state,
                    :submittedOn, :submittedAt, :due)""")
                .param("site", m.siteId()).param("category", m.category().name()).param("unit", m.unitId())
                .param("title", m.title()).param("content", m.content()).param("name", m.name()).param("phone", m.phone())
                .param("account", m.accountId()).param("public", m.publicAllowed()).param("withheld", m.withheldReason())
                .param("code", m.queryCode()).param("state", m.state().name()).param("submittedOn", m.submittedOn())
                .param("submittedAt", OffsetDateTime.ofInstant(m.submittedAt(), java.time.ZoneOffset.UTC)).param("due", m.dueOn())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<Message> find(long id) {
        return jdbc.sql("select * from interaction_message where id = :id").param("id", id).query(MessageStore::message).optional();
    }

    Optional<Message> byQueryCode(long siteId, String code) {
        return jdbc.sql("select * from interaction_message where site_id = :site and query_code = :code")
                .param("site", siteId).param("code", code).query(MessageStore::message).optional();
    }

    /** Sets the given columns of the message read at {@code version}; a concurrent change makes this a 409. */
    void update(Message read, String assignments, java.util.Map<String, ?> params) {
        var statement = jdbc.sql("update interaction_message set " + assignments + ", version = version + 1 where id = :id and version = :version")
                .param("id", read.id()).param("version", read.version());
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        if (statement.update() != 1) {
            throw new ConflictException("STALE_VERSION", "该留言已被他人处理，请刷新后重试");
        }
    }

    void event(long messageId, String by, String action, String note) {
        jdbc.sql("insert into interaction_message_event (message_id, by_user, action, note) values (:id, :by, :action, :note)")
                .param("id", messageId).param("by", by).param("action", action).param("note", note == null ? "" : note).update();
    }

    List<MessageLine> history(long messageId) {
        return jdbc.sql("select at, by_user, action, note from interaction_message_event where message_id = :id order by id")
                .param("id", messageId)
                .query((rs, n) -> new MessageLine(rs.getTimestamp("at").toInstant(), rs.getString("by_user"), rs.getString("action"), rs.getString("note")))
                .list();
    }

    void attach(long messageId, String filename, String contentType, long size, String fileKey) {
        jdbc.sql("""
                insert into interaction_attachment (message_id, filename, content_type, size, file_key)
                values (:id, :filename, :type, :size, :key)""")
                .param("id", messageId).param("filename", filename).param("type", contentType).param("size", size).param("key", fileKey).update();
    }

    record Attachment(long id, String filename, String contentType, long size, String fileKey) {
    }

    List<Attachment> attachments(long messageId) {
        return jdbc.sql("select * from interaction_attachment where message_id = :id order by id").param("id", messageId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"), rs.getLong("size"),
                        rs.getString("file_key")))
                .list();
    }

    static Message message(ResultSet rs, int n) throws SQLException {
        return new Message(rs.getLong("id"), rs.getLong("site_id"), MessageCategory.valueOf(rs.getString("category")),
                (Long) rs.getObject("unit_id"), rs.getString("title"), rs.getString("content"), rs.getString("name"), rs.getString("phone"),
                (Long) rs.getObject("account_id"), rs.getBoolean("public_allowed"), rs.getString("withheld_reason"), rs.getString("query_code"),
                MessageState.valueOf(rs.getString("state")), rs.getString("region"), rs.getObject("submitted_on", LocalDate.class),
                rs.getTimestamp("submitted_at").toInstant(), rs.getObject("due_on", LocalDate.class), rs.getBoolean("returned_once"),
                rs.getString("reply"), rs.getString("replied_by"), rs.getString("approved_by"), rs.getObject("answered_on", LocalDate.class),
                rs.getLong("version"));
    }
}
