package org.opencounty.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** The portal's search page: the count covers what is listed, synonyms the center keeps, close matches for nothing. */
class SiteSearchPageTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.opencounty.units.Units units;

    private static final String HEATING = "关于做好2026—2027年度采暖期供热工作的通知";

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCountIncludesTheServiceGuidesListed() throws Exception {
        String page = search("乡村建设规划许可证核发");
        assertThat(page).contains("乡村建设规划许可证核发").doesNotContain("找到 0 条结果");
        assertThat(page).containsPattern("找到 [1-9]\\d* 条结果（办事指南与收费 [1-9]\\d* 条");
    }

    /**
     * Guides and fees are listed from the index's stored fields (ADR 0029, decision 11): each links to its own page (a
     * guide) or its line on the fees' page (a fee), says which it is, and names its unit as the site names it now.
     */
    @Test
    void eachGuideAndFeeListedLinksToItsPageAndNamesItsKindAndUnit() throws Exception {
        for (String kind : java.util.List.of("ITEM", "FEE")) {
            var row = jdbc.sql("""
                    select e.entry_id, e.name, e.unit_code, e.site_id from published_entry e
                    join site s on s.id = e.site_id and s.is_default where e.kind = :kind order by e.entry_id limit 1""")
                    .param("kind", kind).query().singleRow();
            long id = ((Number) row.get("entry_id")).longValue();
            String name = (String) row.get("name");
            String unit = units.get(((Number) row.get("site_id")).longValue(), (String) row.get("unit_code")).name();
            String link = kind.equals("ITEM") ? "/services/" + id : "/fees#fee-" + id;
            String label = kind.equals("ITEM") ? "办事指南" : "收费项目";
            assertThat(search(name)).as(kind).contains("<li><a href=\"" + link + "\">" + name + "</a> <span class=\"meta\">" + label
                    + "　" + unit + "</span></li>");
        }
    }

    @Test
    void snippetsMarkEachSearchedWordInFragmentsOfAboutNinetyCharacters() throws Exception {
        for (String words : java.util.List.of("供热", "采暖 供热")) {
            java.util.List<String> snippets = java.util.regex.Pattern.compile("<p class=\"snippet\">(.*?)</p>").matcher(search(words))
                    .results().map(m -> m.group(1)).toList();
            assertThat(snippets).isNotEmpty().anySatisfy(s -> assertThat(s).contains("<mark>供热</mark>"));
            for (String snippet : snippets) {
                assertThat(snippet.replaceAll("<mark>[^<]*</mark>", "")).doesNotContain("<").doesNotContain(">");
                for (String fragment : snippet.split(" … ")) {
                    assertThat(fragment.replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(125);
                }
            }
        }
        assertThat(search("采暖 供热")).contains("<mark>采暖</mark>");
    }

    @Test
    void eachHitNamesItsUnitColumnAndDateAndARenamedUnitShowsAtOnce() throws Exception {
        var row = jdbc.sql("""
                select p.site_id, p.unit_code, p.category, to_char(p.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
                from published_article p where p.title = :title""").param("title", HEATING).query().singleRow();
        long siteId = ((Number) row.get("site_id")).longValue();
        String code = (String) row.get("unit_code");
        String column = org.opencounty.content.Category.byCode((String) row.get("category")).orElseThrow().title();
        org.opencounty.units.Unit unit = units.get(siteId, code);
        String name = unit.name();
        // Hits are shown from the index's stored fields and the unit's name from memory (ADR 0029, decisions 6 and 7).
        assertThat(search("供热")).contains("<p class=\"meta\">" + name + "　" + column + "　" + row.get("day") + "</p>")
                .contains("<option value=\"" + code + "\"");
        String parent = unit.parentId() == null ? null : units.byId(unit.parentId()).orElseThrow().code();
        org.opencounty.common.Actor admin = new org.opencounty.common.Actor(0, "admin", "管理员",
                java.util.Set.of(org.opencounty.common.Role.CENTER_ADMIN), null, null, null, siteId);
        units.describe(admin, siteId, code, name + "（改名）", unit.kind(), parent, unit.sortOrder(), unit.version());
        try {
            assertThat(search("供热")).contains("<p class=\"meta\">" + name + "（改名）　" + column)
                    .contains(">" + name + "（改名）</option>");
        } finally {
            unit = units.get(siteId, code);
            units.describe(admin, siteId, code, name, unit.kind(), parent, unit.sortOrder(), unit.version());
        }
        assertThat(search("供热")).contains("<p class=\"meta\">" + name + "　" + column).doesNotContain("（改名）");
    }

    @Test
    void theCentersSynonymsFindTheOtherWordForTheSameThing() throws Exception {
        // 暖气 is in the starter list with 供热; the article says only 采暖 and 供热.
        assertThat(search("暖气")).contains(HEATING);
        assertThat(search("烧锅炉")).doesNotContain(HEATING).contains("找到 0 条结果");

        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/synonyms").session(admin).with(csrf()).param("words", "烧锅炉、供热"))
                .andExpect(status().is3xxRedirection());
        assertThat(search("烧锅炉")).contains(HEATING);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'search.synonym.add' and actor = 'admin' and details = '烧锅炉 供热'")
                .query(Long.class).single()).isEqualTo(1);

        long id = jdbc.sql("select id from search_synonym where words = '烧锅炉 供热'").query(Long.class).single();
        mvc.perform(get("/admin/synonyms").session(admin)).andExpect(content().string(containsString("烧锅炉 / 供热")));
        mvc.perform(post("/admin/synonyms/" + id + "/delete").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(search("烧锅炉")).doesNotContain(HEATING);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'search.synonym.remove' and target = :t")
                .param("t", "synonym:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheCentersAdministratorKeepsTheSynonymsAndBadGroupsAreRefused() throws Exception {
        mvc.perform(get("/admin/synonyms").session(signIn("officer1"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/synonyms").session(signIn("center")).with(csrf()).param("words", "甲 乙")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/synonyms").session(signIn("admin")).with(csrf()).param("words", "只有一个词"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写至少两个意思相同的词语")));
        mvc.perform(post("/admin/synonyms").session(signIn("admin")).with(csrf()).param("words", "供热 (暖气"))
                .andExpect(content().string(containsString("不能含有引号、括号")));
        assertThat(jdbc.sql("select count(*) from search_synonym where words like '%甲%' or words like '%只有一个词%' or words like '%(%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSearchThatFindsNothingSuggestsCloseMatches() throws Exception {
        String page = search("食品经营许和证");
        assertThat(page).contains("找到 0 条结果").contains("您是不是要找").contains(">食品经营许可</a>");
        mvc.perform(get("/search").param("q", "乡村建设规划许可证核发")).andExpect(content().string(not(containsString("您是不是要找"))));
    }

    @Test
    void aVeryLongSearchGetsTheSitesOwn400PageSayingWhatToDo() throws Exception {
        String page = mvc.perform(get("/search").param("q", "营业执照".repeat(300)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("搜索词不能超过100个字").contains("您可以").contains("href=\"/\"")
                .contains("<meta name=\"SiteName\"");
    }

    @Test
    void everyErrorPageSaysWhatToDoNext() throws Exception {
        assertThat(mvc.perform(get("/units/no-such-unit")).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .contains("您可以").contains("href=\"/sitemap\"").contains("href=\"/search\"");
        assertThat(mvc.perform(get("/admin/synonyms").session(signIn("officer1"))).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString())
                .contains("您可以").contains("工作人员可联系本单位管理员").contains("后台导航");
    }
}
