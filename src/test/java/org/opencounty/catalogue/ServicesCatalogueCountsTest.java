package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;

/**
 * 办事服务 without a unit: the departments and townships with how many guides stand under each, counted in the
 * database, each linking to its own page; a search lists its matches 50 a page. The extra guides are copies of one of a
 * department's guides, written for this test and removed after it.
 */
class ServicesCatalogueCountsTest extends IntegrationTest {

    private static final Pattern UNIT = Pattern.compile("<li><a href=\"/services\\?unit=([^\"&]+)[^\"]*\">[^<]+</a> <span class=\"meta\">（(\\d+)项）</span></li>");
    private static final Pattern GUIDE = Pattern.compile("<li><a href=\"/services/(\\d+)\">");

    private String unit;
    private final List<Long> added = new ArrayList<>();
    private org.springframework.mock.web.MockHttpSession citizen;

    @BeforeEach
    void chooseUnit() throws Exception {
        citizen = sessionOf("citizen1");
        unit = jdbc.sql("select u.code from published_entry p join unit u on u.id = p.unit_id where u.kind = 'DEPARTMENT'"
                + " and p.kind = 'ITEM' and u.code <> 'market' order by u.code limit 1").query(String.class).single();
    }

    @AfterEach
    void removeCopies() {
        if (!added.isEmpty()) {
            jdbc.sql("delete from published_entry where entry_id in (:ids)").param("ids", added).update();
            jdbc.sql("delete from catalogue_entry where id in (:ids)").param("ids", added).update();
        }
    }

    private String columns(String table, String left) {
        return String.join(", ", jdbc.sql("select column_name from information_schema.columns where table_name = :t"
                + " and column_name <> :left order by ordinal_position").param("t", table).param("left", left).query(String.class).list());
    }

    /** Copies one of the unit's live guides until there are {@code count} copies, each under a name of its own. */
    private void copies(int count) {
        long original = jdbc.sql("select entry_id from published_entry where unit_code = :u and kind = 'ITEM' order by entry_id limit 1")
                .param("u", unit).query(Long.class).single();
        String entryColumns = columns("catalogue_entry", "id");
        String publishedColumns = columns("published_entry", "entry_id");
        while (added.size() < count) {
            long id = jdbc.sql("insert into catalogue_entry (" + entryColumns + ") select " + entryColumns
                    + " from catalogue_entry where id = :id returning id").param("id", original).query(Long.class).single();
            jdbc.sql("insert into published_entry (entry_id, " + publishedColumns + ") select :new, "
                    + String.join(", ", java.util.Arrays.stream(publishedColumns.split(", "))
                            .map(c -> c.equals("name") ? "'计数事项' || lpad(:n, 3, '0')" : c).toList())
                    + " from published_entry where entry_id = :id").param("new", id).param("n", String.valueOf(added.size()))
                    .param("id", original).update();
            added.add(id);
        }
    }

    /** Each township's and department's guides (its own and its subordinate units'), as SQL counts them. */
    private Map<String, Long> expectedCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select g.code, count(*) from published_entry p join unit u on u.id = p.unit_id
                  join unit g on g.id = case when u.kind in ('DEPARTMENT', 'TOWNSHIP', 'FARM') then u.id else u.parent_id end
                where p.kind = 'ITEM' and g.kind in ('DEPARTMENT', 'TOWNSHIP', 'FARM') group by g.code""")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Read as a signed-in citizen: the page cache keeps anonymous pages, and the guides are copied behind its back. */
    private String page(String query) throws Exception {
        return mvc.perform(get("/services" + query).session(citizen)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Map<String, Long> counts(String html) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = UNIT.matcher(html);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    private static List<Long> guides(String html) {
        List<Long> ids = new ArrayList<>();
        int from = html.indexOf("id=\"matches-heading\"");
        Matcher m = GUIDE.matcher(from < 0 ? "" : html.substring(from));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void eachUnitShowsItsCountAndLinksToItsPage() throws Exception {
        copies(3);
        Map<String, Long> expected = expectedCounts();
        String html = page("");
        assertThat(counts(html)).isEqualTo(expected);
        assertThat(html).contains("共 " + expected.values().stream().mapToLong(Long::longValue).sum() + " 个事项")
                .contains("<a href=\"/services?unit=" + unit + "\">");
        // A filter is counted too and kept in the units' links.
        String online = page("?online=true");
        Map<String, Long> onlineCounts = counts(online);
        assertThat(onlineCounts).isNotEmpty().allSatisfy((code, n) -> assertThat(n).isLessThanOrEqualTo(expected.get(code)));
        assertThat(online).contains("<a href=\"/services?unit=market&amp;online=true\">").doesNotContain(">计数事项000<");
    }

    @Test
    void aSearchListsItsMatchesAPageAtATime() throws Exception {
        copies(60);
        String first = page("?q=计数事项");
        assertThat(counts(first)).containsEntry(unit, 60L);
        assertThat(guides(first)).containsExactlyElementsOf(added.subList(0, 50));
        assertThat(first).contains("/services?q=%E8%AE%A1%E6%95%B0%E4%BA%8B%E9%A1%B9&amp;page=2\" rel=\"next\">下一页");
        assertThat(guides(page("?q=计数事项&page=2"))).containsExactlyElementsOf(added.subList(50, 60));
        // An old page number shows the last page.
        assertThat(guides(page("?q=计数事项&page=999999"))).containsExactlyElementsOf(added.subList(50, 60));
    }

    @Test
    void theCatalogueReadsTheSameStatementsAndNoGuideRowsWithManyGuides() throws Exception {
        copies(3);
        int few = StatementCounter.count(() -> page(""));
        int fewFound = StatementCounter.count(() -> page("?q=计数事项"));
        copies(60);
        List<StatementCounter.Executed> statements = StatementCounter.record(() -> page(""));
        assertThat(statements).hasSize(few);
        assertThat(StatementCounter.count(() -> page("?q=计数事项"))).isEqualTo(fewFound);
        // Rows of guides: the counts a unit each, the 常办事项 block's at most 8 and 8 — never a guide a row.
        int rows = statements.stream().filter(s -> s.sql().contains("from published_entry ")).mapToInt(StatementCounter.Executed::rows).sum();
        assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(expectedCounts().size() + 16);
    }
}
