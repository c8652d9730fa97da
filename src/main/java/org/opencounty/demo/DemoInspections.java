package org.opencounty.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.Inspection;
import org.opencounty.coordination.InspectionOrder;
import org.opencounty.coordination.Inspections;
import org.opencounty.units.UnitKind;
import org.springframework.stereotype.Component;

/**
 * The notice's "将适时进行督查" in the current year: a June round at every township and department on three checklist
 * items, with five findings — three rectified on time and closed, one rectified late, one still not rectified and
 * overdue — so that the round's page, the unit's dashboard, the assessment's FINDING_OVERDUE deductions and a circular
 * drafted from the round have something to show.
 */
@Component
class DemoInspections implements DemoStep {

    static final String NAME = "政府信息公开和网上办事工作专项督查";

    private record Spec(String unit, int item, String problem, String requirement, int days, int recordedDay, Integer rectifiedDay) {
    }

    private static final List<Spec> FINDINGS = List.of(
            new Spec("market", 1, "“工作动态”栏目近两个月未更新。", "及时发布本单位工作动态，建立信息更新台账。", 10, 3, 9),
            new Spec("balikun-zhen", 2, "3 项办事指南缺少办理时间和联系电话。", "补齐办事指南要素后重新报送审核。", 10, 3, 12),
            new Spec("santanghu-zhen", 3, "未确定信息联络员。", "确定信息联络员并登记联系方式。", 5, 4, 8),
            new Spec("kuisu-zhen", 1, "信息公开目录中 2 条信息无索引号。", "按规范补充索引号。", 5, 4, 26),
            new Spec("dahe-zhen", 2, "办事指南中的收费标准与收费目录不一致。", "核对收费目录，更正办事指南。", 10, 5, null));

    private final Inspections inspections;
    private final Clock clock;

    DemoInspections(Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String load(long siteId) {
        int year = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA).getYear();
        Inspection round = inspections.seedRound(siteId, new InspectionOrder(NAME, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 5),
                List.of(), List.of(UnitKind.TOWNSHIP, UnitKind.DEPARTMENT), false, List.of(
                        new InspectionOrder.Item("信息公开", "栏目是否按期更新，信息公开目录是否规范"),
                        new InspectionOrder.Item("办事服务", "办事指南要素是否完整、准确"),
                        new InspectionOrder.Item("工作机制", "信息联络员、审核把关制度是否落实"))),
                at(year, 1), "demo");
        for (Spec spec : FINDINGS) {
            inspections.seed(round.id(), spec.unit(), spec.item(), spec.problem(), spec.requirement(), spec.days(), at(year, spec.recordedDay()),
                    spec.rectifiedDay() == null ? null : "已按整改要求完成整改。", spec.rectifiedDay() == null ? null : at(year, spec.rectifiedDay()),
                    "demo");
        }
        return "1 轮督查，" + FINDINGS.size() + " 个督查问题";
    }

    private static Instant at(int year, int juneDay) {
        return LocalDate.of(year, 6, 1).plusDays(juneDay - 1).atTime(10, 0).atZone(TimeConfiguration.CHINA).toInstant();
    }
}
