package org.opencounty.grassroots;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencounty.IntegrationTest;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Role;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sites are a boundary for grassroots disclosure too: another county's township reviewer, village officer and party
 * member, on their own host, cannot read the first county's drafts or party-internal items, nor review, write or object
 * on them; on the first county's host they are refused outright.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrassrootsSecondSiteTest extends IntegrationTest {

    private static final String HOST = "www.grassroots-other.test";

    @Autowired
    private Sites sites;
    @Autowired
    private Units units;
    @Autowired
    private Accounts accounts;

    private long draft;
    private long internal;

    @BeforeAll
    void secondSite() throws Exception {
        if (sites.byCode("grassroots-other").isEmpty()) {
            Site other = sites.create(new Site("grassroots-other", "另一县人民政府", HOST, "6599990002", false), List.of(HOST));
            Unit county = units.seed(other.id(), "g2-county", "另一县人民政府", UnitKind.COUNTY, null, 10, null, "test");
            Unit town = units.seed(other.id(), "g2-town", "另一镇", UnitKind.TOWNSHIP, county, 20, null, "test");
            Unit village = units.seed(other.id(), "g2-village", "另一村", UnitKind.VILLAGE, town, 30, null, "test");
            Unit branch = units.seed(other.id(), "g2-party", "另一村党支部", UnitKind.PARTY_ORGANISATION, village, 40, null, "test");
            accounts.bootstrapStaff(other.id(), "g2township", "另一镇审核员", town.id(), Set.of(Role.TOWNSHIP_REVIEWER), DEMO_PASSWORD, false);
            accounts.bootstrapStaff(other.id(), "g2village", "另一村文书", village.id(), Set.of(Role.INFO_OFFICER), DEMO_PASSWORD, false);
            accounts.bootstrapStaff(other.id(), "g2member", "另一村党员", branch.id(), Set.of(Role.PARTY_MEMBER), DEMO_PASSWORD, false);
        }
        String created = mvc.perform(post("/api/v1/village-disclosures").header("Authorization", bearer(tokenFor("village1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VillageDisclosureChainTest.finance("2026-07", "0.00", "12599.90", "12600.10")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        draft = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        internal = jdbc.sql("select id from party_disclosure where visibility = 'INTERNAL' and live_revision_id is not null order by id limit 1")
                .query(Long.class).single();
    }

    private static RequestPostProcessor onTheirHost() {
        return request -> {
            request.setServerName(HOST);
            return request;
        };
    }

    private String token(String username) throws Exception {
        return tokenFor(username);
    }

    @Test
    void anotherCountysPeopleSeeAndChangeNothingOfTheFirstCountysGrassroots() throws Exception {
        for (String username : List.of("g2township", "g2village", "g2member")) {
            String token = mvc.perform(post("/api/v1/auth/token").with(onTheirHost()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                    .andReturn().getResponse().getContentAsString().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            mvc.perform(get("/api/v1/village-disclosures/" + draft).with(onTheirHost()).header("Authorization", bearer(token)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/party-disclosures/" + internal).with(onTheirHost()).header("Authorization", bearer(token)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/village-disclosures/" + draft + "/approve").with(onTheirHost()).header("Authorization", bearer(token)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/villages/donghu-cun/timeliness").with(onTheirHost())).andExpect(status().isNotFound());
            // On the first county's host a signed-in person of another county is refused outright.
            mvc.perform(get("/api/v1/party-disclosures/" + internal).header("Authorization", bearer(token))).andExpect(status().isForbidden());
        }
    }
}
