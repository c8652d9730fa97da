package org.opencounty.demo;

import java.util.HashMap;
import java.util.Map;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.applications.ApplicationQueries;
import org.opencounty.common.Actor;
import org.opencounty.interaction.Rating;
import org.opencounty.interaction.RatingForm;
import org.opencounty.interaction.RatingHandling;
import org.springframework.stereotype.Component;

/**
 * 好差评 on citizen1's decided demo cases, given and followed up the way people do it, so that the public figures at
 * {@code /ratings} and the back office have something to show: three good ones, a 差评 of the town's rejection whose
 * 回访 is recorded and whose 整改 is still to come, and a 差评 of the market's rejection still waiting for its 回访.
 * The demo cases' query codes are {@code DEMO} + the unit's first two letters + the plan's index (DemoCases).
 */
@Component
class DemoRatings implements DemoStep {

    private record Given(String queryCode, String level, int overall, int efficiency, int attitude, String comment) {
    }

    private static final Given[] GIVEN = {
            new Given("DEMOMA07", "VERY_SATISFIED", 5, 5, 5, "窗口工作人员一次性告知了所需材料，当天就办好了，很方便。"),
            new Given("DEMOMA06", "SATISFIED", 4, 4, 5, "网上提交后按时审批，希望证照能邮寄到家。"),
            new Given("DEMOBA07", "BASICALLY_SATISFIED", 3, 3, 4, "办成了，但排队等了一个多小时，窗口开得太少。"),
            new Given("DEMOBA08", "DISSATISFIED", 2, 2, 3, "不予受理的理由没有讲清楚，也没告诉我应该去哪个部门办。"),
            new Given("DEMOMA09", "VERY_DISSATISFIED", 1, 1, 2, "跑了两趟才知道不归这里管，网上办事指南写得不明白。")};

    private final RatingHandling ratings;
    private final ApplicationQueries applications;
    private final Accounts accounts;
    private final Authenticator authenticator;

    DemoRatings(RatingHandling ratings, ApplicationQueries applications, Accounts accounts, Authenticator authenticator) {
        this.ratings = ratings;
        this.applications = applications;
        this.accounts = accounts;
        this.authenticator = authenticator;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String load(long siteId) {
        Actor citizen = actor("citizen1");
        Map<String, Long> cases = new HashMap<>();
        // The demo citizen has a few dozen applications at most: one page holds them.
        applications.mine(citizen, 1, 1000).items().forEach(view -> cases.put(view.application().queryCode(), view.application().id()));
        Rating townsBad = null;
        for (Given given : GIVEN) {
            Rating rating = ratings.rate(citizen, siteId, new RatingForm("APPLICATION", cases.get(given.queryCode()), null, null, given.level(),
                    Map.of("OVERALL", given.overall(), "EFFICIENCY", given.efficiency(), "ATTITUDE", given.attitude()), given.comment()));
            if (given.queryCode().equals("DEMOBA08")) {
                townsBad = rating;
            }
        }
        ratings.followUp(actor("handler2"), townsBad.id(), townsBad.version(),
                "已电话回访申请人：该事项由县民政局办理，已告知办理地点和所需材料；申请人表示理解，希望告知书写明去哪里办。"
                        + "拟修改不予受理告知书模板，写明有权办理的部门和联系电话。");
        return GIVEN.length + " ratings (2 差评 being followed up)";
    }

    private Actor actor(String username) {
        return authenticator.principalOf(accounts.find(username).orElseThrow()).actor();
    }
}
