package org.opencounty.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencounty.documents.Issuer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' 代字 and 发文机关标志 (V21_1 document_issuer). */
@Repository
public class Issuers {

    private final JdbcClient jdbc;

    Issuers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Issuer> of(long unitId) {
        return jdbc.sql("select * from document_issuer where unit_id = :unit").param("unit", unitId).query(Issuers::issuer).optional();
    }

    public List<Issuer> all(long siteId) {
        return jdbc.sql("select * from document_issuer where site_id = :site order by prefix").param("site", siteId)
                .query(Issuers::issuer).list();
    }

    public Optional<Issuer> byPrefix(long siteId, String prefix) {
        return jdbc.sql("select * from document_issuer where site_id = :site and prefix = :prefix").param("site", siteId)
                .param("prefix", prefix).query(Issuers::issuer).optional();
    }

    public void put(long siteId, long unitId, String prefix, String issuerMark, String by, Instant now) {
        jdbc.sql("""
                insert into document_issuer (unit_id, site_id, prefix, issuer_mark, updated_by, updated_at)
                values (:unit, :site, :prefix, :mark, :by, :now)
                on conflict (unit_id) do update set prefix = :prefix, issuer_mark = :mark, updated_by = :by, updated_at = :now""")
                .param("unit", unitId).param("site", siteId).param("prefix", prefix).param("mark", issuerMark).param("by", by)
                .param("now", DocumentStore.ts(now)).update();
    }

    /** The numbers of {@code year} already used up to {@code lastNumber} (documents issued before the platform). */
    public void startNumbersAt(long siteId, String prefix, int year, int lastNumber) {
        jdbc.sql("""
                insert into document_counter (site_id, prefix, year, last_number) values (:site, :prefix, :year, :last)
                on conflict (site_id, prefix, year) do update set last_number = greatest(document_counter.last_number, :last)""")
                .param("site", siteId).param("prefix", prefix).param("year", year).param("last", lastNumber).update();
    }

    private static Issuer issuer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Issuer(rs.getLong("unit_id"), rs.getString("prefix"), rs.getString("issuer_mark"));
    }
}
