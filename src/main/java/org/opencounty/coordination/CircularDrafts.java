package org.opencounty.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.supervision.Period;
import org.opencounty.supervision.Statistics;
import org.opencounty.supervision.SupervisionBoard;
import org.opencounty.supervision.UnitStatistics;
import org.springframework.stereotype.Component;

/**
 * Fills a circular's draft from the data: a task (who was late, who missed it), an inspection round (its findings), the
 * assessment's ranking, or a quarter's supervision grades (read through supervision's own statistics, with the drafter's rights there). The editor then
 * rewrites it as needed; the draft only saves the typing.
 */
@Component
class CircularDrafts {

    /** A generated draft: the title, the body's paragraphs, where it came from, and the units it concerns. */
    record Draft(String title, String body, String source, List<String> unitCodes) {
    }

    private final TaskQueries tasks;
    private final InspectionQueries inspections;
    private final Assessment assessment;
    private final SupervisionBoard supervision;

    CircularDrafts(TaskQueries tasks, InspectionQueries inspections, Assessment assessment, SupervisionBoard supervision) {
        this.tasks = tasks;
        this.inspections = inspections;
        this.assessment = assessment;
        this.supervision = supervision;
    }

    Draft fromTask(Actor actor, long taskId) {
        TaskDetail detail = tasks.get(actor, taskId);
        Task task = detail.task();
        List<UnitStatus> late = detail.units().stream().filter(u -> u.state() == UnitTaskState.DONE_LATE).toList();
        List<UnitStatus> missed = detail.units().stream().filter(u -> u.state() == UnitTaskState.OVERDUE).toList();
        long onTime = detail.count(UnitTaskState.DONE_ON_TIME);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据" + (task.basis().isEmpty() ? "工作安排" : "《" + task.basis() + "》") + "要求，各单位应于" + chinese(task.deadline())
                + "前完成“" + task.title() + "”。现将完成情况通报如下：");
        paragraphs.add("一、按时完成的单位共 " + onTime + " 个。");
        paragraphs.add("二、逾期完成的单位（" + late.size() + " 个）：" + (late.isEmpty() ? "无" : late.stream()
                .map(u -> u.unitName() + "（" + chinese(java.time.LocalDate.ofInstant(u.fulfilledAt(), org.opencounty.common.TimeConfiguration.CHINA)) + "完成）")
                .collect(Collectors.joining("、"))) + "。");
        paragraphs.add("三、逾期未完成的单位（" + missed.size() + " 个）：" + (missed.isEmpty() ? "无" : missed.stream().map(UnitStatus::unitName)
                .collect(Collectors.joining("、"))) + "。");
        paragraphs.add("请逾期未完成的单位于接到本通报后立即整改，并将整改情况报电子政务中心。");
        List<String> concerned = new ArrayList<>();
        late.forEach(u -> concerned.add(u.unitCode()));
        missed.forEach(u -> concerned.add(u.unitCode()));
        return new Draft("关于“" + task.title() + "”完成情况的通报", String.join("\n", paragraphs), "task:" + taskId, concerned);
    }

    /** The round's findings: how many were rectified on time, and which were rectified late, are overdue or still open. */
    Draft fromInspection(Actor actor, long inspectionId) {
        InspectionSummary round = inspections.get(actor, inspectionId);
        Inspection inspection = round.inspection();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据工作安排，" + chinese(inspection.periodFrom()) + "至" + chinese(inspection.periodTo()) + "，电子政务中心对 "
                + round.units().size() + " 个单位开展了“" + inspection.name() + "”督查，对照 " + round.items().size() + " 项检查事项共发现问题 "
                + round.findings() + " 个。现将督查及整改情况通报如下：");
        paragraphs.add("一、已按期整改的问题共 " + round.count(FindingState.CLOSED_ON_TIME) + " 个。");
        paragraphs.add("二、逾期整改的问题（" + round.count(FindingState.CLOSED_LATE) + " 个）：" + listed(round, FindingState.CLOSED_LATE::equals) + "。");
        paragraphs.add("三、逾期未整改的问题（" + round.count(FindingState.OVERDUE) + " 个）：" + listed(round, FindingState.OVERDUE::equals) + "。");
        paragraphs.add("四、正在整改的问题（" + round.units().stream().flatMap(u -> u.findings().stream())
                .filter(f -> !f.state().closed() && f.state() != FindingState.OVERDUE).count() + " 个）："
                + listed(round, state -> !state.closed() && state != FindingState.OVERDUE) + "。");
        paragraphs.add("请逾期未整改的单位于接到本通报后立即整改，正在整改的单位按期完成整改，并将整改情况报电子政务中心。");
        List<String> concerned = round.units().stream().filter(u -> u.findings().stream().anyMatch(f -> f.state().notInTime()))
                .map(InspectionSummary.UnitFindings::unitCode).toList();
        return new Draft("关于“" + inspection.name() + "”督查情况的通报", String.join("\n", paragraphs), "inspection:" + inspectionId, concerned);
    }

    private static String listed(InspectionSummary round, java.util.function.Predicate<FindingState> which) {
        List<String> named = new ArrayList<>();
        for (InspectionSummary.UnitFindings unit : round.units()) {
            for (InspectionSummary.FindingRow row : unit.findings()) {
                if (which.test(row.state())) {
                    named.add(unit.unitName() + "（" + row.itemTitle() + "：" + row.finding().problem() + "，整改期限 "
                            + chinese(row.finding().dueDate()) + "）");
                }
            }
        }
        return named.isEmpty() ? "无" : String.join("；", named);
    }

    Draft fromAssessment(Actor actor, int year) {
        Ranking ranking = assessment.ranking(actor, actor.siteId(), year);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据" + year + "年度绩效考核办法，现将各单位考核结果通报如下：");
        Map<String, List<Ranking.Ranked>> byKind = ranking.units().stream()
                .collect(Collectors.groupingBy(r -> r.unitKind().label(), java.util.LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, ranked) -> paragraphs.add(kind + "：" + ranked.stream()
                .map(r -> "第" + r.rank() + "名 " + r.unitName() + " " + r.total().stripTrailingZeros().toPlainString() + "分")
                .collect(Collectors.joining("；")) + "。"));
        return new Draft(year + "年度绩效考核结果的通报", String.join("\n", paragraphs), "assessment:" + year, List.of());
    }

    Draft fromSupervisionQuarter(Actor actor, String quarter) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{4})Q([1-4])").matcher(quarter == null ? "" : quarter.strip());
        if (!matcher.matches()) {
            throw InvalidInputException.field("supervisionQuarter", "季度应写作 2026Q3");
        }
        int year = Integer.parseInt(matcher.group(1));
        int q = Integer.parseInt(matcher.group(2));
        Period period = Period.quarterOf(java.time.LocalDate.of(year, q * 3 - 2, 1));
        Statistics statistics = supervision.statistics(actor, period, null);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("现将" + year + "年第" + "一二三四".charAt(q - 1) + "季度网上审批电子监察情况通报如下：");
        List<String> failed = new ArrayList<>();
        for (UnitStatistics unit : statistics.units()) {
            paragraphs.add(unit.unitName() + "：办结 " + unit.completed() + " 件，按时办结率 "
                    + (unit.onTimePercent() == null ? "—" : unit.onTimePercent().toPlainString() + "%") + "，红牌 " + unit.redCards()
                    + " 张，评定为" + unit.gradeLabel() + "。");
            if (unit.grade() == org.opencounty.supervision.Grade.FAIL) {
                failed.add(unit.unitCode());
            }
        }
        paragraphs.add("评定为不合格的单位要认真查找原因，限期整改。");
        return new Draft(year + "年第" + "一二三四".charAt(q - 1) + "季度电子监察情况的通报", String.join("\n", paragraphs),
                "supervision:" + year + "Q" + q, failed);
    }

    static String chinese(java.time.LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
