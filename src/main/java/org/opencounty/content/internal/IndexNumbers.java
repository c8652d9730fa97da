package org.opencounty.content.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Assigns 索引号: unit code, category, year and a sequence per unit, category and year, e.g. market-notices-2026-00001. */
@Component
public class IndexNumbers {

    private final JdbcClient jdbc;

    IndexNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(long unitId, String unitCode, String category, int year) {
        int sequence = jdbc.sql("""
                insert into index_number_sequence (unit_id, category, year, last) values (:unit, :category, :year, 1)
                on conflict (unit_id, category, year) do update set last = index_number_sequence.last + 1
                returning last""")
                .param("unit", unitId).param("category", category).param("year", year)
                .query(Integer.class).single();
        return "%s-%s-%d-%05d".formatted(unitCode, category, year, sequence);
    }
}
