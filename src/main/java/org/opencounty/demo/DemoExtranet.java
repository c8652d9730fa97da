package org.opencounty.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.extranet.ExtranetDetails;
import org.opencounty.extranet.ExtranetRegistry;
import org.opencounty.extranet.ExtranetStatus;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * The demo county's extranet rollout some weeks after notice 2013-38: the county organs connected and accepted first,
 * most departments and the larger townships connected or under construction, the pastoral townships, farms, villages
 * and communities mostly not yet; one department connected with a switch that is not a managed one; and 奎苏镇's
 * officer has reported the line connected, waiting for the center to confirm.
 */
@Component
class DemoExtranet implements DemoStep {

    private static final List<String> ACCEPTED = List.of("county", "gov-office", "egov-center", "supervision", "performance",
            "finance", "market", "public-security");
    private static final List<String> CONNECTED = List.of("development-reform", "education", "civil-affairs", "human-resources",
            "balikun-zhen", "dahe-zhen", "health", "housing");
    private static final List<String> UNDER_CONSTRUCTION = List.of("natural-resources", "transport", "agriculture", "kuisu-zhen",
            "boerqiangji-zhen", "market-balikun");
    private static final List<String> APPLIED = List.of("santanghu-zhen", "haiziyan-xiang", "shirenzi-xiang", "huayuan-xiang",
            "zhongniu-chang", "people-hospital");
    private static final Set<String> UNMANAGED = Set.of("housing");

    private final Units units;
    private final ExtranetRegistry registry;

    DemoExtranet(Units units, ExtranetRegistry registry) {
        this.units = units;
        this.registry = registry;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String load(long siteId) {
        LocalDate today = registry.today();
        int n = 0;
        for (Unit unit : units.directory(siteId)) {
            ExtranetStatus status = statusOf(unit.code());
            if (status == ExtranetStatus.NOT_APPLIED) {
                continue;
            }
            n++;
            String carrier = n % 3 == 0 ? "中国移动巴里坤分公司" : "中国电信巴里坤分公司";
            String model = UNMANAGED.contains(unit.code()) ? "TP-LINK TL-SG1024DT" : n % 2 == 0 ? "华为 S5735-L24T4S-A" : "H3C S5120V3-28P-LI";
            String range = "10.65." + (20 + n / 16) + "." + (n % 16) * 16 + "/28";
            registry.seed(unit, new ExtranetDetails(status.name(), carrier, status == ExtranetStatus.APPLIED ? "" : model,
                    status != ExtranetStatus.APPLIED && !UNMANAGED.contains(unit.code()), range,
                    status.connected() ? today.minusDays(60 - n) : null, unit.leaderName().isBlank() ? "" : "网络管理员", "0902-68" + (21000 + n)));
        }
        Unit kuisu = units.get(siteId, "kuisu-zhen");
        var current = registry.of(new Actor(0, "admin", "demo", Set.of(Role.CENTER_ADMIN), null, null, null, siteId), "kuisu-zhen").connection();
        Actor officer = new Actor(0, "demo", kuisu.name() + "信息员", Set.of(Role.INFO_OFFICER), kuisu.id(), kuisu.code(), kuisu.name(), siteId);
        registry.change(officer, "kuisu-zhen", new ExtranetDetails(ExtranetStatus.CONNECTED.name(), current.carrier(), current.switchModel(),
                true, current.addressRange(), today.minusDays(1), "马俊", "18999680053"));
        return n + " 个单位已登记外网接入，1 项待确认";
    }

    private static ExtranetStatus statusOf(String code) {
        if (ACCEPTED.contains(code)) {
            return ExtranetStatus.ACCEPTED;
        }
        if (CONNECTED.contains(code)) {
            return ExtranetStatus.CONNECTED;
        }
        if (UNDER_CONSTRUCTION.contains(code)) {
            return ExtranetStatus.UNDER_CONSTRUCTION;
        }
        return APPLIED.contains(code) ? ExtranetStatus.APPLIED : ExtranetStatus.NOT_APPLIED;
    }
}
