package org.opencounty.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published 好差评 figures (STANDARDS.md §6: results and rectification published): per unit, for the year and the
 * month, counts per level, the satisfaction rate and the 差评 rectified rate, as the database holds them; the page is a
 * month's, cached like the portal's other pages and renewed when a rating changes what it shows.
 */
class RatingFiguresTest extends RatingTest {

    /** The market unit's counted ratings rated from {@code from} to {@code to}: total, satisfied, 差评, closed 差评. */
    private long[] market(String from, String to) {
        return jdbc.sql("""
                select count(*), count(*) filter (where level not in ('DISSATISFIED', 'VERY_DISSATISFIED')),
                       count(*) filter (where level in ('DISSATISFIED', 'VERY_DISSATISFIED')),
                       count(*) filter (where level in ('DISSATISFIED', 'VERY_DISSATISFIED') and state = 'CLOSED')
                from interaction_rating r join unit u on u.id = r.unit_id
                where u.code = 'market' and u.site_id = r.site_id and not r.excluded and r.rated_on between cast(:from as date) and cast(:to as date)""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    @Test
    void theFiguresOfTheYearAndTheMonthArePublishedPerUnit() throws Exception {
        RatingFixtures.Rated closed = fixtures.bad("13999000401");
        fixtures.act("handler1", "/api/v1/ratings/" + closed.ratingId() + "/follow-up", "{\"note\":\"已回访\"}").andExpect(status().isOk());
        fixtures.act("handler1", "/api/v1/ratings/" + closed.ratingId() + "/rectify", "{\"kind\":\"RECTIFIED\",\"note\":\"已整改\"}")
                .andExpect(status().isOk());
        fixtures.bad("13999000402");
        fixtures.rated("13999000403", "BASICALLY_SATISFIED", 3, 3, 3);

        String body = mvc.perform(get("/api/v1/ratings/figures").param("month", "2026-07")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String period : List.of("year", "monthly")) {
            long[] expected = period.equals("year") ? market("2026-01-01", "2026-12-31") : market("2026-07-01", "2026-07-31");
            String row = "$." + period + "[?(@.unitCode == 'market')]";
            assertThat(((List<Number>) JsonPath.read(body, row + ".total")).getFirst().longValue()).as(period).isEqualTo(expected[0]);
            assertThat(((List<Number>) JsonPath.read(body, row + ".bad")).getFirst().longValue()).isEqualTo(expected[2]);
            assertThat(((List<Number>) JsonPath.read(body, row + ".badClosed")).getFirst().longValue()).isEqualTo(expected[3]).isPositive();
            assertThat(new BigDecimal(((List<Object>) JsonPath.read(body, row + ".satisfactionRate")).getFirst().toString()))
                    .isEqualByComparingTo(rate(expected[1], expected[0]));
            assertThat(new BigDecimal(((List<Object>) JsonPath.read(body, row + ".rectifiedRate")).getFirst().toString()))
                    .isEqualByComparingTo(rate(expected[3], expected[2]));
            assertThat((String) JsonPath.read(body, "$." + period + "[0].unitName")).isEqualTo("全县");
        }
        mvc.perform(get("/api/v1/ratings/figures").param("month", "2026-13")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.month").exists());
        mvc.perform(get("/api/v1/ratings/figures").param("month", "2027-01")).andExpect(status().isBadRequest());

        // The page: this month's, with both tables, every cell labelled for a phone.
        mvc.perform(get("/ratings")).andExpect(status().isFound()).andExpect(redirectedUrl("/ratings/2026-07"));
        String page = mvc.perform(get("/ratings/2026-07")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2026年（全年累计）").contains("2026年7月").contains("县市场监督管理局").contains("差评整改率")
                .contains("data-label=\"满意率\"").contains("href=\"/ratings/2026-06\"").doesNotContain("href=\"/ratings/2026-08\"");
        for (String missing : List.of("/ratings/2026-08", "/ratings/2019-11", "/ratings/2026-13")) {
            mvc.perform(get(missing)).andExpect(status().isNotFound());
        }
    }

    @Test
    void thePageIsCachedUntilARatingChangesIt() throws Exception {
        mvc.perform(get("/ratings/2026-07"));
        mvc.perform(get("/ratings/2026-07")).andExpect(status().isOk()).andExpect(header().string("X-Page-Cache", "HIT"));
        long before = market("2026-07-01", "2026-07-31")[0];

        RatingFixtures.Rated rated = fixtures.bad("13999000411");
        String page = mvc.perform(get("/ratings/2026-07")).andExpect(header().string("X-Page-Cache", "MISS"))
                .andReturn().getResponse().getContentAsString();
        assertThat(market("2026-07-01", "2026-07-31")[0]).isEqualTo(before + 1);
        assertThat(page.substring(page.indexOf("id=\"ratings-month\"")))
                .containsPattern("县市场监督管理局</th><td data-label=\"评价数\">" + (before + 1) + "<");
        mvc.perform(get("/ratings/2026-07")).andExpect(header().string("X-Page-Cache", "HIT"));
        // A 回访 alone changes no figure: the page stays; the rectification changes the rectified rate: it goes.
        fixtures.act("handler1", "/api/v1/ratings/" + rated.ratingId() + "/follow-up", "{\"note\":\"已回访\"}").andExpect(status().isOk());
        mvc.perform(get("/ratings/2026-07")).andExpect(header().string("X-Page-Cache", "HIT"));
        fixtures.act("handler1", "/api/v1/ratings/" + rated.ratingId() + "/rectify", "{\"kind\":\"EXPLAINED\",\"note\":\"已说明\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/ratings/2026-07")).andExpect(header().string("X-Page-Cache", "MISS"));
    }
}
