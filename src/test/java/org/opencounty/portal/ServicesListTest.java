package org.opencounty.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;

/** 办事服务 fits a screen: 常办事项 first, then the departments and townships with their counts, each unit's items on its page. */
class ServicesListTest extends IntegrationTest {

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMostAppliedForItemsComeFirst() throws Exception {
        String mostApplied = jdbc.sql("""
                select e.name from application a join published_entry e on e.entry_id = a.service_item_id
                where a.state <> 'DRAFT' group by a.service_item_id, e.name order by count(*) desc, a.service_item_id limit 1""")
                .query(String.class).single();
        String services = page("/services");
        int block = services.indexOf("<h2 id=\"frequent-heading\">常办事项</h2>");
        assertThat(block).isPositive();
        assertThat(services.indexOf(">" + mostApplied + "</a>", block)).isGreaterThan(block)
                .isLessThan(services.indexOf("class=\"service-units\""));
    }

    @Test
    void theCatalogueListsTheUnitsWithTheirCountsAndAUnitsPageItsItems() throws Exception {
        // The whole catalogue is no longer one page: each department and township links to its own page with its count.
        String services = page("/services");
        assertThat(services).doesNotContain("class=\"service-group\"").contains("<h2 id=\"by-department\">按部门</h2>")
                .containsPattern("<li><a href=\"/services\\?unit=market\">[^<]+</a> <span class=\"meta\">（\\d+项）</span></li>");
        String market = page("/services?unit=market");
        assertThat(market).contains("<details class=\"service-group\" open>").doesNotContain("常办事项");
    }
}
