package org.opencounty.grassroots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.StatementCounter;
import org.opencounty.TestAccounts;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.grassroots.CommunityNotices;
import org.opencounty.grassroots.CommunityPlatform;
import org.opencounty.grassroots.PartyDisclosures;
import org.opencounty.grassroots.PartyQueries;
import org.opencounty.grassroots.VillageDisclosures;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The dashboard's grassroots card lists the same entries as reading everything the person sees and asking each item
 * for its steps did (that way is kept here as the reference), and the 逾期 figure is the count of villages late by
 * their own timeliness; the back office's home page reads as many statements with many items waiting as with few.
 */
class GrassrootsDashboardBoundTest extends IntegrationTest {

    private static final String VILLAGE = "xiheigou-cun";
    private static final String BRANCH = "xiheigou-cun-party";

    @Autowired
    private TestAccounts testAccounts;
    @Autowired
    private Accounts accounts;
    @Autowired
    private Authenticator authenticator;
    @Autowired
    private GrassrootsDashboard dashboard;
    @Autowired
    private VillageQueries villages;
    @Autowired
    private VillageDisclosures villageDisclosures;
    @Autowired
    private PartyQueries party;
    @Autowired
    private PartyDisclosures partyDisclosures;
    @Autowired
    private CommunityPlatform communities;
    @Autowired
    private CommunityNotices notices;

    private Actor actor(String username) {
        return authenticator.principalOf(accounts.find(username).orElseThrow()).actor();
    }

    /** The card's entries as they were worked out before: every item the person sees, then its steps one by one. */
    private List<DashboardCard.Entry> reference(Actor actor) {
        long site = actor.siteId();
        List<DashboardCard.Entry> waiting = new ArrayList<>();
        villages.work(actor, site, null).stream().filter(v -> !v.state().equals("PUBLISHED"))
                .filter(v -> villageDisclosures.steps(actor, site, v.id()).stream().anyMatch(s -> !s.equals("return")))
                .forEach(v -> waiting.add(new DashboardCard.Entry(v.title(), "/admin/village-disclosures/" + v.id(), v.stateLabel())));
        party.list(actor, site, null).stream().filter(p -> !p.state().equals("PUBLISHED"))
                .filter(p -> partyDisclosures.steps(actor, site, p.id()).stream().anyMatch(s -> !s.equals("return")))
                .forEach(p -> waiting.add(new DashboardCard.Entry(p.title(), "/admin/party-disclosures/" + p.id(), p.stateLabel())));
        for (Unit community : communities.communitiesSeenBy(actor)) {
            notices.all(actor, site, community.code()).stream().filter(n -> n.state().inReview())
                    .filter(n -> notices.steps(actor, site, n.id()).contains("approve"))
                    .forEach(n -> waiting.add(new DashboardCard.Entry(n.title(), "/admin/community-notices/" + n.id(), n.stateLabel())));
        }
        return waiting;
    }

    private List<DashboardCard.Entry> entries(Actor actor) {
        return dashboard.cardsFor(actor).stream().flatMap(card -> card.entries().stream()).toList();
    }

    private long step(String token, String path, long id, String action) throws Exception {
        String json = mvc.perform(post(path + "/" + id + "/" + action).header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** {@code count} village items and party items waiting at each step: drafts, with the leader, with the township. */
    private void itemsWaiting(int count) throws Exception {
        String officer = tokenFor(testAccounts.staff(VILLAGE, Role.INFO_OFFICER, false));
        String director = tokenFor(testAccounts.staff(VILLAGE, Role.UNIT_LEADER, false));
        String partyOfficer = tokenFor(testAccounts.staff(BRANCH, Role.INFO_OFFICER, false));
        String secretary = tokenFor(testAccounts.staff(BRANCH, Role.UNIT_LEADER, false));
        for (int n = 0; n < count; n++) {
            String json = mvc.perform(post("/api/v1/village-disclosures").header("Authorization", bearer(officer))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"village\":\"" + VILLAGE + "\",\"category\":\"PROJECTS\","
                                    + "\"period\":\"2026-Q2\",\"title\":\"待办村务" + n + "\",\"body\":\"第" + n + "号事项。\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long id = ((Number) JsonPath.read(json, "$.id")).longValue();
            if (n % 3 > 0) {
                step(officer, "/api/v1/village-disclosures", id, "submit");
            }
            if (n % 3 > 1) {
                step(director, "/api/v1/village-disclosures", id, "approve");
            }
            json = mvc.perform(post("/api/v1/party-disclosures").header("Authorization", bearer(partyOfficer))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"organisation\":\"" + BRANCH + "\",\"category\":\"DUES\","
                                    + "\"visibility\":\"" + (n % 2 == 0 ? "INTERNAL" : "PUBLIC") + "\",\"title\":\"待办党务" + n + "\",\"body\":\"事项。\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            id = ((Number) JsonPath.read(json, "$.id")).longValue();
            if (n % 3 > 0) {
                step(partyOfficer, "/api/v1/party-disclosures", id, "submit");
            }
            if (n % 3 > 1) {
                step(secretary, "/api/v1/party-disclosures", id, "approve");
            }
        }
    }

    @Test
    void theCardListsWhatTheReferenceListsForEachPerson() throws Exception {
        itemsWaiting(6);
        List<String> people = new ArrayList<>(List.of("village1", "monitor1", "villagehead1", "township1", "township2", "center", "admin",
                "party1", "partyhead1", "member1", "officer1", "leader2"));
        for (String code : List.of(VILLAGE, BRANCH, "xijie-community", "dongjie-community")) {
            for (Role role : List.of(Role.INFO_OFFICER, Role.UNIT_LEADER)) {
                people.add(testAccounts.staff(code, role, false));
            }
        }
        people.add(testAccounts.staff(VILLAGE, Role.VILLAGE_MONITOR, false));
        int nonEmpty = 0;
        for (String username : people) {
            Actor actor = actor(username);
            List<DashboardCard.Entry> expected = reference(actor);
            assertThat(entries(actor)).as(username).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(6);
        for (String username : List.of("township1", "township2", "center")) {
            Actor actor = actor(username);
            List<Unit> watched = villages.byTownship(actor.siteId(), UnitKind.VILLAGE).entrySet().stream()
                    .filter(e -> actor.isCenterWide() || e.getKey().id().equals(actor.unitId())).flatMap(e -> e.getValue().stream()).toList();
            long late = watched.stream().filter(v -> villages.timeliness(actor.siteId(), v.code()).late()).count();
            DashboardCard card = dashboard.cardsFor(actor).getFirst();
            assertThat(card.summary()).as(username).anyMatch(p -> p.figure() && p.text().equals(String.valueOf(late)));
        }
    }

    @Test
    void theHomePageReadsAsManyStatementsWithManyItemsWaitingAsWithFew() throws Exception {
        itemsWaiting(3);
        List<String> readers = List.of("township1", "center");
        List<Integer> few = new ArrayList<>();
        for (String reader : readers) {
            var session = sessionOf(reader);
            few.add(StatementCounter.count(() -> mvc.perform(get("/admin").session(session)).andExpect(status().isOk())));
        }
        itemsWaiting(30);
        List<Integer> many = new ArrayList<>();
        for (String reader : readers) {
            var session = sessionOf(reader);
            many.add(StatementCounter.count(() -> mvc.perform(get("/admin").session(session)).andExpect(status().isOk())));
        }
        assertThat(many).isEqualTo(few);
        assertThat(entries(actor("township1"))).hasSizeGreaterThan(20);
    }
}
