package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;

/**
 * 办事服务 with a unit chosen lists that unit's guides (its own and its subordinate units') a page of 50 at a time,
 * counted and cut in the database, with 上一页/下一页 and an old page number brought to the last page. The extra guides
 * are copies of one of the unit's guides, written for this test and removed after it.
 */
class ServicesUnitPagingTest extends IntegrationTest {

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

    /** Copies one of the unit's live guides until the unit has {@code count} copies, each under a name of its own. */
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
                            .map(c -> c.equals("name") ? "'分页事项' || lpad(:n, 3, '0')" : c).toList())
                    + " from published_entry where entry_id = :id").param("new", id).param("n", String.valueOf(added.size()))
                    .param("id", original).update();
            added.add(id);
        }
    }

    private List<Long> expected() {
        return jdbc.sql("""
                select p.entry_id from published_entry p where p.kind = 'ITEM' and p.unit_id in (
                  select id from unit where code = :u
                  union select c.id from unit c join unit g on g.id = c.parent_id
                   where g.code = :u and c.kind not in ('DEPARTMENT', 'TOWNSHIP', 'FARM'))
                order by p.unit_id, p.name collate "C", p.entry_id""").param("u", unit).query(Long.class).list();
    }

    /** Read as a signed-in citizen: the page cache keeps anonymous pages, and the guides are copied behind its back. */
    private String page(String query) throws Exception {
        return mvc.perform(get("/services?unit=" + unit + query).session(citizen)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<Long> guides(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = GUIDE.matcher(html.substring(html.indexOf("class=\"service-group\"")));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void aUnitsGuidesArePagedInTheirOrderWithLinks() throws Exception {
        copies(60);
        List<Long> expected = expected();
        assertThat(expected).hasSizeGreaterThan(60);
        int last = (expected.size() + 49) / 50;
        List<Long> read = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            String html = page("&page=" + n);
            assertThat(html).contains("共 " + expected.size() + " 个事项").contains("（" + expected.size() + "项）");
            if (n < last) {
                assertThat(html).contains("/services?unit=" + unit + "&amp;page=" + (n + 1) + "\" rel=\"next\">下一页");
            }
            read.addAll(guides(html));
        }
        assertThat(read).isEqualTo(expected);
        // An old page number shows the last page; a filter stays in the links.
        assertThat(guides(page("&page=999999"))).containsExactlyElementsOf(expected.subList((last - 1) * 50, expected.size()));
        assertThat(page("&online=false&page=2")).doesNotContain("rel=\"next\"");
        assertThat(page("&q=分页事项"))
                .contains("/services?unit=" + unit + "&amp;q=%E5%88%86%E9%A1%B5%E4%BA%8B%E9%A1%B9&amp;page=2\" rel=\"next\">下一页");
    }

    @Test
    void aPageReadsTheSameStatementsAndAtMostItsRowsWithManyGuides() throws Exception {
        copies(3);
        int few = StatementCounter.count(() -> page(""));
        copies(60);
        List<StatementCounter.Executed> statements = StatementCounter.record(() -> page(""));
        assertThat(statements).hasSize(few);
        int rows = statements.stream().filter(s -> s.sql().contains("from published_entry ")).mapToInt(StatementCounter.Executed::rows).sum();
        assertThat(rows).as(statements.toString()).isLessThanOrEqualTo(51);
    }
}
