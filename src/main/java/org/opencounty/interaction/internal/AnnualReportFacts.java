package org.opencounty.interaction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.opencounty.interaction.ActiveDisclosure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the platform knows for a unit's report, read through the published seams of the modules that own it: its
 * live 规范性文件 (the 政策文件 and 法律法规与规范性文件 columns, documents published from 公文 among them:
 * {@code interaction_article_fact}), its applications decided and the fees charged ({@code application_case}), and
 * the 信息处理费 paid on its own disclosure requests. 规章, 行政处罚 and 行政强制 are not on the platform: 0 until the
 * officer enters them.
 */
@Component
public class AnnualReportFacts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final JdbcClient jdbc;

    AnnualReportFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ActiveDisclosure active(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[] normative = jdbc.sql("""
                select count(*) filter (where made_on between :first and :last) as issued,
                       count(*) filter (where validity = 'REPEALED' and coalesce(validity_date, made_on) between :first and :last) as repealed,
                       count(*) filter (where validity <> 'REPEALED' and made_on <= :last) as in_force
                from (select validity, validity_date,
                             coalesce(written_on, (published_at at time zone 'Asia/Shanghai')::date) as made_on
                      from interaction_article_fact where unit_id = :unit and category in ('laws', 'policies')) a""")
                .param("unit", unitId).param("first", first).param("last", last)
                .query((rs, n) -> new long[] {rs.getLong("issued"), rs.getLong("repealed"), rs.getLong("in_force")}).single();
        Object[] decisions = jdbc.sql("""
                select count(*) as decided, coalesce(sum(fee_charged), 0) as fees
                from application_case where unit_id = :unit and decided_on between :first and :last""")
                .param("unit", unitId).param("first", first).param("last", last)
                .query((rs, n) -> new Object[] {rs.getLong("decided"), rs.getBigDecimal("fees")}).single();
        BigDecimal feeIncome = ((BigDecimal) decisions[1]).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
        return new ActiveDisclosure(0, 0, 0, normative[0], normative[1], normative[2], (Long) decisions[0], 0, 0, feeIncome);
    }

    /** The 信息处理费 (元) paid in the year on the unit's disclosure requests. */
    public BigDecimal processingFees(long unitId, int year) {
        return jdbc.sql("""
                select coalesce(sum(fee_amount), 0) from disclosure_request
                where unit_id = :unit and fee_paid_on between :first and :last""")
                .param("unit", unitId).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(BigDecimal.class).single();
    }
}
