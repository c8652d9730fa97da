package org.opencounty.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.common.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Disclosure requests, their consultations and history. The identity document's number is written here and read
 * by nothing but the monthly count of an applicant's requests: {@link #COLUMNS} reads its last four characters only.
 */
@Repository
class DisclosureStore {

    static final String COLUMNS = """
            id, site_id, unit_id, account_id, applicant_type, organisation_kind, name, id_type, right(id_number, 4) as id_last4, phone,
            address, description, provision_form, query_code, state, region, received_on, correction_requested_on, correction_note,
            correction_due, correction_received_on, extension_days, extension_reason, extension_approved_by, due_on, outcome,
            outcome_reason, answer_text, other_agency, answered_on, answered_by, fee_method, fee_units, fee_amount, fee_notice_on,
            fee_due, fee_paid_on, archived_on, handler, version""";

    private final JdbcClient jdbc;

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long siteId, long unitId, Long accountId, DisclosureForm form, String queryCode, LocalDate receivedOn, LocalDate dueOn) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure_request (site_id, unit_id, account_id, applicant_type, organisation_kind, name, id_type, id_number, phone,
                    address, description, provision_form, query_code, state, received_on, due_on)
                values (:site, :unit, :account, :type, :kind, :name, :idType, :idNumber, :phone, :address, :description, :form, :code,
                    'HANDLING', :received, :due)""")
                .param("site", siteId).param("unit", unitId).param("account", accountId).param("type", form.applicantType())
                .param("kind", form.organisationKind().isEmpty() ? null : form.organisationKind()).param("name", form.name())
                .param("idType", form.idType()).param("idNumber", form.idNumber()).param("phone", form.phone()).param("address", form.address())
                .param("description", form.description()).param("form", form.form()).param("code", queryCode)
                .param("received", receivedOn).param("due", dueOn)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<DisclosureRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_request where id = :id").param("id", id).query(DisclosureStore::request).optional();
    }

    Optional<DisclosureRequest> byQueryCode(long siteId, String code) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_request where site_id = :site and query_code = :code")
                .param("site", siteId).param("code", code).query(DisclosureStore::request).optional();
    }

    /** How many requests the holder of this identity document made in the natural month of {@code on}, up to and including {@code id}. */
    int ordinalInMonth(long siteId, long id) {
        return jdbc.sql("""
                select count(*) from disclosure_request o, disclosure_request r
                where r.id = :id and o.site_id = :site and o.id_number = r.id_number and o.id <= r.id
                  and o.received_on >= date_trunc('month', r.received_on) and o.received_on < date_trunc('month', r.received_on) + interval '1 month'""")
                .param("id", id).param("site", siteId).query(Integer.class).single();
    }

    void update(DisclosureRequest read, String assignments, Map<String, ?> params) {
        var statement = jdbc.sql("update disclosure_request set " + assignments + ", version = version + 1 where id = :id and version = :version")
                .param("id", read.id()).param("version", read.version());
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        if (statement.update() != 1) {
            throw new ConflictException("STALE_VERSION", "该申请已被他人处理，请刷新后重试");
        }
    }

    void event(long requestId, String by, String action, String note) {
        jdbc.sql("insert into disclosure_event (request_id, by_user, action, note) values (:id, :by, :action, :note)")
                .param("id", requestId).param("by", by).param("action", action).param("note", note == null ? "" : note).update();
    }

    List<MessageLine> history(long requestId) {
        return jdbc.sql("select at, by_user, action, note from disclosure_event where request_id = :id order by id").param("id", requestId)
                .query((rs, n) -> new MessageLine(rs.getTimestamp("at").toInstant(), rs.getString("by_user"), rs.getString("action"), rs.getString("note")))
                .list();
    }

    /** A consultation as stored, with the third party named. */
    record StoredConsultation(long id, String party, LocalDate sentOn, LocalDate answeredOn, String answer) {
        DisclosureClock.Consultation clock() {
            return new DisclosureClock.Consultation(sentOn, answeredOn);
        }
    }

    List<StoredConsultation> consultations(long requestId) {
        return jdbc.sql("select * from disclosure_consultation where request_id = :id order by id").param("id", requestId)
                .query((rs, n) -> new StoredConsultation(rs.getLong("id"), rs.getString("party"), rs.getObject("sent_on", LocalDate.class),
                        rs.getObject("answered_on", LocalDate.class), rs.getString("answer")))
                .list();
    }

    void consult(long requestId, String party, LocalDate sentOn) {
        jdbc.sql("insert into disclosure_consultation (request_id, party, sent_on) values (:id, :party, :sent)")
                .param("id", requestId).param("party", party).param("sent", sentOn).update();
    }

    void consultationAnswered(long consultationId, LocalDate on, String answer) {
        jdbc.sql("update disclosure_consultation set answered_on = :on, answer = :answer where id = :id")
                .param("id", consultationId).param("on", on).param("answer", answer).update();
    }

    /** Open requests of {@code state} whose {@code column} (a constant of the caller) lies before {@code today}. */
    List<DisclosureRequest> expired(String column, String state, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_request where state = :state and " + column + " < :today order by id")
                .param("state", state).param("today", today).query(DisclosureStore::request).list();
    }

    static DisclosureRequest request(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        String feeMethod = rs.getString("fee_method");
        return new DisclosureRequest(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("unit_id"), (Long) rs.getObject("account_id"),
                rs.getString("applicant_type"), rs.getString("organisation_kind"), rs.getString("name"), rs.getString("id_type"),
                rs.getString("id_last4"), rs.getString("phone"), rs.getString("address"), rs.getString("description"),
                rs.getString("provision_form"), rs.getString("query_code"), DisclosureState.valueOf(rs.getString("state")), rs.getString("region"),
                date(rs, "received_on"), date(rs, "correction_requested_on"), rs.getString("correction_note"), date(rs, "correction_due"),
                date(rs, "correction_received_on"), rs.getInt("extension_days"), rs.getString("extension_reason"),
                rs.getString("extension_approved_by"), date(rs, "due_on"), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("outcome_reason"), rs.getString("answer_text"), rs.getString("other_agency"), date(rs, "answered_on"),
                rs.getString("answered_by"), feeMethod == null ? null : FeeMethod.valueOf(feeMethod), (Integer) rs.getObject("fee_units"),
                rs.getBigDecimal("fee_amount"), date(rs, "fee_notice_on"), date(rs, "fee_due"), date(rs, "fee_paid_on"), date(rs, "archived_on"),
                rs.getString("handler"), rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
