package org.opencounty.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Clock;
import java.util.List;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.Task;
import org.opencounty.coordination.TaskIssuing;
import org.opencounty.coordination.TaskOrder;
import org.opencounty.coordination.TaskReporting;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * The three tasks of notice 巴政办发〔2013〕38号 issued to every township, farm district and department, with the notice's
 * dates moved to the current year: the contacts by May 15, the basic information by May 31, the extranet by June 15.
 * Most units reported on time, every seventh one late, and every seventh (another) not at all, so that the matrix,
 * the reminders and the overdue count have something to show.
 */
@Component
class DemoTasks implements DemoStep {

    private static final String BASIS = "巴政办发〔2013〕38号";

    private record Spec(String title, String requirement, int month, int day, String report) {
    }

    private static final List<Spec> TASKS = List.of(
            new Spec("报送信息联络员名单", "确定一名信息联络员，登记主要负责人、分管副职领导和信息员的联系方式。", 5, 15,
                    "已确定本单位信息联络员，主要负责人、分管副职领导和信息员的联系方式已登记。"),
            new Spec("报送单位基本信息", "按通知附件要求整理本单位机构设置、职能、办公地址和联系方式等基本信息并报送。", 5, 31,
                    "本单位基本信息已按要求整理报送，机构设置、职能、办公地址、联系方式均已核实。"),
            new Spec("接入电子政务外网", "完成本单位电子政务外网接入，报送接入情况。", 6, 15,
                    "本单位已完成电子政务外网接入，网络运行正常。"));

    private final TaskIssuing issuing;
    private final TaskReporting reporting;
    private final Units units;
    private final Clock clock;

    DemoTasks(TaskIssuing issuing, TaskReporting reporting, Units units, Clock clock) {
        this.issuing = issuing;
        this.reporting = reporting;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String load(long siteId) {
        int year = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA).getYear();
        Instant issued = LocalDate.of(year, 4, 26).atTime(9, 30).atZone(TimeConfiguration.CHINA).toInstant();
        List<UnitKind> kinds = List.of(UnitKind.TOWNSHIP, UnitKind.FARM, UnitKind.DEPARTMENT);
        List<Unit> addressed = units.directory(siteId).stream().filter(unit -> kinds.contains(unit.kind())).toList();
        int reports = 0;
        for (int t = 0; t < TASKS.size(); t++) {
            Spec spec = TASKS.get(t);
            LocalDate deadline = LocalDate.of(year, spec.month(), spec.day());
            Task task = issuing.seed(siteId, new TaskOrder(spec.title(), BASIS, "", spec.requirement(), deadline, null, List.of(),
                    kinds, false, null), issued, "demo");
            for (int i = 0; i < addressed.size(); i++) {
                int slot = (i + t) % 7;
                if (slot == 6) {
                    continue;   // never reported: overdue
                }
                LocalDate day = slot == 5 ? deadline.plusDays(3 + i % 4) : deadline.minusDays(i % 6);
                Instant at = day.atTime(LocalTime.of(10 + i % 7, 15)).atZone(TimeConfiguration.CHINA).toInstant();
                reporting.seedConfirmedReport(task.id(), addressed.get(i).id(), spec.report(), at, "demo");
                reports++;
            }
        }
        return TASKS.size() + " 项督办任务，" + reports + " 份已确认的报告";
    }
}
