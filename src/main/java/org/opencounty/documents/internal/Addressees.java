package org.opencounty.documents.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 主送 and 抄送 units a drafter named, in the order named. */
@Repository
public class Addressees {

    public record Addressee(long unitId, String code, String name, boolean cc) {
    }

    private final JdbcClient jdbc;

    Addressees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long documentId, List<Long> main, List<Long> cc) {
        jdbc.sql("delete from document_addressee where document_id = :document").param("document", documentId).update();
        main.forEach(unit -> add(documentId, unit, false));
        cc.stream().filter(unit -> !main.contains(unit)).forEach(unit -> add(documentId, unit, true));
    }

    private void add(long documentId, long unitId, boolean cc) {
        jdbc.sql("insert into document_addressee (document_id, unit_id, cc) values (:document, :unit, :cc) on conflict do nothing")
                .param("document", documentId).param("unit", unitId).param("cc", cc).update();
    }

    public List<Addressee> of(long documentId) {
        return jdbc.sql("""
                select a.unit_id, u.code, u.name, a.cc from document_addressee a join unit u on u.id = a.unit_id
                where a.document_id = :document order by a.cc, u.sort_order, u.id""")
                .param("document", documentId)
                .query((rs, n) -> new Addressee(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("cc")))
                .list();
    }
}
