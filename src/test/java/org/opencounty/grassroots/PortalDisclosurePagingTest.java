package org.opencounty.grassroots;

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
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The portal's village page and party organisation page show each category 20 at a time, newest first, counted and cut
 * in the database: the first page of a category is its newest rows as before, 上一页/下一页 keep the category, an old page
 * number shows the last page, and a page reads the same statements and no more rows with 3 items as with 60. The extra
 * items are copies of a published one (years back, so the villages' timeliness is untouched), removed after each test.
 */
class PortalDisclosurePagingTest extends IntegrationTest {

    @Autowired
    private TestAccounts accounts;

    private final List<Long> villageCopies = new ArrayList<>();
    private final List<Long> partyCopies = new ArrayList<>();
    private long villageOriginal;
    private String village;
    private String villageCategory;
    private long partyOriginal;
    private String organisation;
    private String partyCategory;
    private MockHttpSession citizen;

    @BeforeEach
    void choose() throws Exception {
        citizen = sessionOf("citizen1");
        villageOriginal = jdbc.sql("select id from village_disclosure where live_revision_id is not null and not major order by id limit 1")
                .query(Long.class).single();
        village = jdbc.sql("select u.code from unit u join village_disclosure d on d.unit_id = u.id where d.id = :id")
                .param("id", villageOriginal).query(String.class).single();
        villageCategory = jdbc.sql("select category from village_disclosure where id = :id").param("id", villageOriginal).query(String.class).single();
        partyOriginal = jdbc.sql("select id from party_disclosure where live_revision_id is not null and published_at is not null"
                + " and visibility = 'PUBLIC' order by id limit 1").query(Long.class).single();
        organisation = jdbc.sql("select u.code from unit u join party_disclosure d on d.unit_id = u.id where d.id = :id")
                .param("id", partyOriginal).query(String.class).single();
        partyCategory = jdbc.sql("select category from party_disclosure where id = :id").param("id", partyOriginal).query(String.class).single();
    }

    @AfterEach
    void removeCopies() {
        if (!villageCopies.isEmpty()) {
            jdbc.sql("delete from village_disclosure where id in (:ids)").param("ids", villageCopies).update();
        }
        if (!partyCopies.isEmpty()) {
            jdbc.sql("delete from party_disclosure where id in (:ids)").param("ids", partyCopies).update();
        }
    }

    private String columns(String table) {
        return String.join(", ", jdbc.sql("select column_name from information_schema.columns where table_name = :t"
                + " and column_name <> 'id' order by ordinal_position").param("t", table).query(String.class).list());
    }

    /** Copies of the village's disclosure until there are {@code count}, the n-th (n + 2) years before it. */
    private void villageCopies(int count) {
        String columns = columns("village_disclosure");
        String shifted = String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(c -> switch (c) {
            case "period_start", "period_end" -> "(" + c + " - make_interval(years => :years))::date";
            default -> c;
        }).toList());
        while (villageCopies.size() < count) {
            villageCopies.add(jdbc.sql("insert into village_disclosure (" + columns + ") select " + shifted
                    + " from village_disclosure where id = :id returning id").param("id", villageOriginal)
                    .param("years", villageCopies.size() + 2).query(Long.class).single());
        }
    }

    /** Copies of the organisation's item until there are {@code count}, every other one 党内公开. */
    private void partyCopies(int count) {
        String columns = columns("party_disclosure");
        String changed = String.join(", ", java.util.Arrays.stream(columns.split(", "))
                .map(c -> c.equals("visibility") ? "case when :n % 2 = 0 then 'INTERNAL' else 'PUBLIC' end" : c).toList());
        while (partyCopies.size() < count) {
            partyCopies.add(jdbc.sql("insert into party_disclosure (" + columns + ") select " + changed
                    + " from party_disclosure where id = :id returning id").param("id", partyOriginal)
                    .param("n", partyCopies.size()).query(Long.class).single());
        }
    }

    private List<Long> villageExpected() {
        return jdbc.sql("select id from village_disclosure where unit_id = (select id from unit where code = :u) and category = :c"
                        + " and live_revision_id is not null order by period_start desc, id desc")
                .param("u", village).param("c", villageCategory).query(Long.class).list();
    }

    private List<Long> partyExpected(boolean internalToo) {
        return jdbc.sql("select id from party_disclosure where unit_id = (select id from unit where code = :u) and category = :c"
                        + " and live_revision_id is not null and published_at is not null and (visibility = 'PUBLIC' or :internal)"
                        + " order by id desc")
                .param("u", organisation).param("c", partyCategory).param("internal", internalToo).query(Long.class).list();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The ids linked from one category's section. */
    private static List<Long> section(String html, String anchor, String link) {
        int from = html.indexOf("<section aria-labelledby=\"" + anchor + "\">");
        assertThat(from).as(anchor).isNotNegative();
        Matcher m = Pattern.compile("href=\"/" + link + "/(\\d+)\"").matcher(html.substring(from, html.indexOf("</section>", from)));
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private List<Long> allPages(MockHttpSession session, String base, String anchor, String link, int total) throws Exception {
        List<Long> read = new ArrayList<>();
        int last = (total + 19) / 20;
        for (int n = 1; n <= last; n++) {
            String html = page(session, base + "?category=" + anchor.substring(2) + "&page=" + n);
            if (n < last) {
                assertThat(html).contains(base + "?category=" + anchor.substring(2) + "&amp;page=" + (n + 1) + "#" + anchor + "\" rel=\"next\">下一页")
                        .contains("第 " + n + " / " + last + " 页，共 " + total + " 条");
            }
            List<Long> ids = section(html, anchor, link);
            assertThat(ids).hasSizeLessThanOrEqualTo(20);
            read.addAll(ids);
        }
        return read;
    }

    @Test
    void aVillagesCategoryIsPagedNewestPeriodFirst() throws Exception {
        villageCopies(45);
        List<Long> expected = villageExpected();
        String base = "/villages/" + village;
        String anchor = "c-" + villageCategory;
        assertThat(section(page(citizen, base), anchor, "village-disclosures")).isEqualTo(expected.subList(0, 20));
        assertThat(allPages(citizen, base, anchor, "village-disclosures", expected.size())).isEqualTo(expected);
        int last = (expected.size() + 19) / 20;
        assertThat(section(page(citizen, base + "?category=" + villageCategory + "&page=999999"), anchor, "village-disclosures"))
                .isEqualTo(expected.subList((last - 1) * 20, expected.size()));
        mvc.perform(get(base + "?category=NONSENSE").session(citizen)).andExpect(status().isBadRequest());
    }

    @Test
    void aPartyCategoryIsPagedForEachReaderAsBefore() throws Exception {
        partyCopies(45);
        String base = "/party/" + organisation;
        String anchor = "p-" + partyCategory;
        // The public reads the 向社会公开 items only; the organisation's own staff the 党内公开 ones too.
        List<Long> open = partyExpected(false);
        assertThat(section(page(citizen, base), anchor, "party-disclosures")).isEqualTo(open.subList(0, 20));
        assertThat(allPages(citizen, base, anchor, "party-disclosures", open.size())).isEqualTo(open);
        MockHttpSession staff = sessionOf(accounts.staff(organisation, Role.INFO_OFFICER, false));
        List<Long> all = partyExpected(true);
        assertThat(all).hasSizeGreaterThan(open.size());
        assertThat(allPages(staff, base, anchor, "party-disclosures", all.size())).isEqualTo(all);
        int last = (all.size() + 19) / 20;
        assertThat(section(page(staff, base + "?category=" + partyCategory + "&page=999999"), anchor, "party-disclosures"))
                .isEqualTo(all.subList((last - 1) * 20, all.size()));
    }

    private static int rows(List<StatementCounter.Executed> statements, String table) {
        return statements.stream().filter(s -> s.sql().contains("from " + table + " ")).mapToInt(StatementCounter.Executed::rows).sum();
    }

    @Test
    void thePagesReadTheSameStatementsAndAtMostAPageMoreRowsWithManyItems() throws Exception {
        MockHttpSession staff = sessionOf(accounts.staff(organisation, Role.INFO_OFFICER, false));
        List<String> urls = List.of("/villages/" + village, "/villages", "/party/" + organisation);
        villageCopies(3);
        partyCopies(3);
        List<List<StatementCounter.Executed>> few = new ArrayList<>();
        for (String url : urls) {
            few.add(StatementCounter.record(() -> page(citizen, url)));
        }
        List<StatementCounter.Executed> fewStaff = StatementCounter.record(() -> page(staff, "/party/" + organisation));
        villageCopies(60);
        partyCopies(60);
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            List<StatementCounter.Executed> many = StatementCounter.record(() -> page(citizen, url));
            assertThat(many).as(url).hasSize(few.get(i).size());
            // A category's first page fills up to its 20; nothing else is read for the 57 more.
            for (String table : List.of("village_disclosure", "party_disclosure")) {
                assertThat(rows(many, table) - rows(few.get(i), table)).as(url + " " + many).isLessThanOrEqualTo(20);
            }
        }
        List<StatementCounter.Executed> manyStaff = StatementCounter.record(() -> page(staff, "/party/" + organisation));
        assertThat(manyStaff).hasSize(fewStaff.size());
        assertThat(rows(manyStaff, "party_disclosure") - rows(fewStaff, "party_disclosure")).isLessThanOrEqualTo(20);
    }
}
