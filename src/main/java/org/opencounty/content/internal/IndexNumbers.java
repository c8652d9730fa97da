package org.opencounty.content.internal;

import java.util.Locale;
import org.opencounty.content.Category;
import org.opencounty.units.CreditCode;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assigns 索引号 after the national directory's pattern 机构代码-类别-年份-序号, e.g. 11652222MB1234567X-01-2026-00001:
 * the unit's 统一社会信用代码 (or, with {@code opencounty.disclosure.index-code=organisation}, the organisation code
 * inside it, as directories that began before 2015 print it), the column's two-digit number, the year and a sequence per
 * unit, column and year. A unit whose code nobody has entered yet is named by its unit code until it is. Numbers
 * already issued never change: they are cited.
 */
@Component
public class IndexNumbers {

    private final JdbcClient jdbc;
    private final Units units;
    private final boolean organisationCode;

    IndexNumbers(JdbcClient jdbc, Units units, @Value("${opencounty.disclosure.index-code:credit}") String indexCode) {
        this.jdbc = jdbc;
        this.units = units;
        this.organisationCode = switch (indexCode.strip().toLowerCase(Locale.ROOT)) {
            case "credit" -> false;
            case "organisation", "organization" -> true;
            default -> throw new IllegalArgumentException("opencounty.disclosure.index-code must be credit or organisation: " + indexCode);
        };
    }

    public String next(long unitId, String unitCode, String category, int year) {
        int sequence = jdbc.sql("""
                insert into index_number_sequence (unit_id, category, year, last) values (:unit, :category, :year, 1)
                on conflict (unit_id, category, year) do update set last = index_number_sequence.last + 1
                returning last""")
                .param("unit", unitId).param("category", category).param("year", year)
                .query(Integer.class).single();
        String creditCode = units.byId(unitId).map(Unit::creditCode).orElse("");
        return format(creditCode, unitCode, Category.byCode(category).orElseThrow(), year, sequence, organisationCode);
    }

    static String format(String creditCode, String unitCode, Category category, int year, int sequence, boolean organisationCode) {
        String organisation = !CreditCode.valid(creditCode) ? unitCode
                : organisationCode ? CreditCode.organisationCode(creditCode) : creditCode;
        return "%s-%02d-%d-%05d".formatted(organisation, category.ordinal() + 1, year, sequence);
    }
}
