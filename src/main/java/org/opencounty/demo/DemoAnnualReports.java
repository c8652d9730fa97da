package org.opencounty.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.ActiveDisclosure;
import org.opencounty.interaction.AnnualReportContent;
import org.opencounty.interaction.AnnualReportView;
import org.opencounty.interaction.AnnualReportWriting;
import org.opencounty.interaction.Appeals;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Last year's annual reports: the market office's and 巴里坤镇's written by their officers, approved by their leaders
 * and published by the center in 政府信息公开年报; the county's own (compiled by the center's administrator, due by
 * 31 March) still being written.
 */
@Component
class DemoAnnualReports implements DemoStep {

    private final AnnualReportWriting reports;
    private final Accounts accounts;
    private final Units units;
    private final Clock clock;

    DemoAnnualReports(AnnualReportWriting reports, Accounts accounts, Units units, Clock clock) {
        this.reports = reports;
        this.accounts = accounts;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String load(long siteId) {
        int year = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA).getYear() - 1;
        Actor center = actor(siteId, "center", "egov-center", Role.CENTER_EDITOR);
        for (String[] unit : new String[][] {{"market", "officer1", "leader1"}, {"balikun-zhen", "officer2", "leader2"}}) {
            Actor officer = actor(siteId, unit[1], unit[0], Role.INFO_OFFICER);
            write(officer, siteId, year, unit[0], 0);
            reports.submit(officer, siteId, year, unit[0]);
            reports.approve(actor(siteId, unit[2], unit[0], Role.UNIT_LEADER), siteId, year, unit[0]);
            reports.publish(center, siteId, year, unit[0]);
        }
        Actor admin = actor(siteId, "admin", "egov-center", Role.CENTER_ADMIN);
        AnnualReportView county = reports.view(admin, siteId, year, "county");
        reports.edit(admin, siteId, year, "county", 0, new AnnualReportContent(
                "<p>" + year + "年，自治县人民政府认真贯彻《中华人民共和国政府信息公开条例》，（正在汇总各部门和乡镇报告）。</p>",
                county.content().active(), null, Appeals.NONE, "", "", county.content().processingFees()));
        return "2 annual reports published, 1 being written";
    }

    private void write(Actor officer, long siteId, int year, String unitCode, long version) {
        AnnualReportView prefill = reports.view(officer, siteId, year, unitCode);
        ActiveDisclosure active = prefill.content().active();
        Unit unit = units.get(siteId, unitCode);
        reports.edit(officer, siteId, year, unitCode, version, new AnnualReportContent(
                "<p>" + year + "年，" + unit.name() + "坚持以公开为常态、不公开为例外，依托县政府门户网站政府信息公开平台，"
                        + "主动公开机构职能、政策文件、行政许可办理结果等信息，依法办理政府信息公开申请，"
                        + "政府信息公开工作制度进一步健全。</p><ul><li>主动公开：按照“五公开”要求及时更新法定主动公开内容。</li>"
                        + "<li>依申请公开：申请均在法定期限内答复。</li><li>平台建设：栏目设置符合“专栏姓专”要求。</li></ul>",
                active, null, new Appeals(new Appeals.Outcomes(0, 0, 0, 0, 0), Appeals.Outcomes.NONE, Appeals.Outcomes.NONE),
                "<p>一是政策解读形式较为单一；二是部分栏目更新不够及时。下一步将丰富图表解读，落实信息发布审核和定期检查制度。</p>",
                "<p>本年度无其他需要报告的事项。</p>", prefill.content().processingFees().max(BigDecimal.ZERO)));
    }

    private Actor actor(long siteId, String username, String unitCode, Role role) {
        Unit unit = units.get(siteId, unitCode);
        var account = accounts.find(username).orElseThrow();
        return new Actor(account.id(), username, username, Set.of(role), unit.id(), unit.code(), unit.name(), siteId);
    }
}
