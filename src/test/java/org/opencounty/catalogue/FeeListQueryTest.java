package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/v1/fees} filters by unit, counts and pages in the database: the answer is the SQL's (same fees, same
 * order, same total) for every unit, none and an unknown one, and a unit's page reads only that page's fees — not
 * every fee of the site, as it did when the list was parsed and filtered in Java.
 */
class FeeListQueryTest extends IntegrationTest {

    private List<Long> expected(String unit) {
        return jdbc.sql("""
                select entry_id from published_entry where site_id = (select id from site where code = 'barkol') and kind = 'FEE'
                and (cast(:unit as varchar) is null or unit_code = :unit) order by unit_id, name, entry_id""")
                .param("unit", unit).query(Long.class).list();
    }

    private static MockHttpServletRequestBuilder fees(String unit) {
        return unit == null ? get("/api/v1/fees") : get("/api/v1/fees").param("unit", unit);
    }

    @Test
    void theListIsTheDatabasesForEveryUnit() throws Exception {
        for (String unit : new String[] {null, "natural-resources", "health", "agriculture", "market", "nowhere"}) {
            List<Long> expected = expected(unit);
            String body = mvc.perform(fees(unit)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Long> ids = new ArrayList<>();
            ((List<Number>) JsonPath.read(body, "$.items[*].id")).forEach(id -> ids.add(id.longValue()));
            assertThat(ids).as(unit).isEqualTo(expected.subList(0, Math.min(20, expected.size())));
            assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).as(unit).isEqualTo(expected.size());
            if (unit != null && !expected.isEmpty()) {
                assertThat((List<String>) JsonPath.read(body, "$.items[*].unitCode")).as(unit).containsOnly(unit);
            }
        }
        String beyond = mvc.perform(get("/api/v1/fees").param("page", "2")).andReturn().getResponse().getContentAsString();
        assertThat((List<?>) JsonPath.read(beyond, "$.items")).hasSize(Math.max(0, Math.min(20, expected(null).size() - 20)));
    }

    @Test
    void aUnitsPageReadsOnlyItsOwnFees() throws Exception {
        int site = expected(null).size();
        int own = expected("agriculture").size();
        assertThat(own).isPositive().isLessThan(site);
        List<StatementCounter.Executed> statements = StatementCounter.record(() -> mvc.perform(fees("agriculture")).andExpect(status().isOk()));
        int rowsOfFees = statements.stream().filter(s -> s.sql().contains("published_entry")).mapToInt(StatementCounter.Executed::rows).sum();
        // The page's fees and the one row of the count.
        assertThat(rowsOfFees).as(statements.toString()).isLessThanOrEqualTo(own + 1);
    }
}
