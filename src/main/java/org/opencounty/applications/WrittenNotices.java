package org.opencounty.applications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.calendar.DueDate;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written notices (文书) of a case: 受理通知书, 补正材料通知书, 不予受理决定书 (行政许可法 art. 32), 特别程序告知书
 * (art. 45), 延长期限告知书 (art. 42), 准予/不予行政许可决定书 (art. 38). Each is one history line read together with
 * the application and its clock ledger; whoever may read the case may read its notices (ApplicationQueries decides).
 */
@Service
public class WrittenNotices {

    static final String CORRECTION_PREFIX = "补正通知：请补正以下材料：";
    private static final String LAW = "《中华人民共和国行政许可法》";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ApplicationQueries queries;
    private final ApplicationHistory history;
    private final ClockLedger ledger;
    private final ApplicationClocks clocks;
    private final Units units;

    WrittenNotices(ApplicationQueries queries, ApplicationHistory history, ClockLedger ledger, ApplicationClocks clocks, Units units) {
        this.queries = queries;
        this.history = history;
        this.ledger = ledger;
        this.clocks = clocks;
        this.units = units;
    }

    /** The notice of history line {@code eventId}: 404 when the line is not the application's or issues no notice. */
    @Transactional(readOnly = true)
    public WrittenNotice notice(Actor actor, long applicationId, long eventId) {
        Application a = queries.readable(actor, applicationId);
        List<ApplicationHistory.Line> lines = history.of(applicationId);
        ApplicationHistory.Line line = lines.stream().filter(l -> l.id() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("文书不存在"));
        WrittenNotice.Kind kind = WrittenNotice.Kind.of(line.action(), line.note()).orElseThrow(() -> new NotFoundException("文书不存在"));
        Unit unit = units.byId(a.unitId()).orElseThrow(() -> new NotFoundException("单位不存在"));
        LocalDate date = line.at().atZone(TimeConfiguration.CHINA).toLocalDate();
        String number = unit.code() + kind.mark() + "〔" + date.getYear() + "〕" + line.id() + "号";
        String addressee = a.applicantOrganisation() == null || a.applicantOrganisation().isBlank() ? a.applicantName() : a.applicantOrganisation();
        String applied = "你（单位）提出的“" + a.itemName() + "”申请";
        List<String> paragraphs = new ArrayList<>();
        List<String> items = List.of();
        List<String> closing = new ArrayList<>();
        String remedies = null;
        switch (kind) {
            case ACCEPTANCE -> {
                if ("deemed-accept".equals(line.action())) {
                    paragraphs.add(applied + "，本机关未在收到申请材料之日起五个工作日内一次告知需要补正的全部内容。依照" + LAW
                            + "第三十二条第一款第（四）项的规定，自收到申请材料之日（" + day(a.acceptedOn()) + "）起即为受理。");
                } else {
                    paragraphs.add(applied + "，申请材料齐全、符合法定形式。根据" + LAW + "第三十二条第一款第（五）项的规定，本机关决定予以受理，受理日期为"
                            + day(a.acceptedOn()) + "。");
                }
                if (a.acceptedOn() != null) {
                    DueDate due = clocks.promisedFromAcceptance(a);
                    paragraphs.add((a.promisedDays() == 0 ? "本事项为即办件，承诺办结日期为" + day(due.dueDate()) + "（受理当日）"
                            : "本事项承诺办理期限为" + a.promisedDays() + "个工作日，自受理之日起计算，承诺办结日期为" + day(due.dueDate()))
                            + (due.provisional() ? "（该年度节假日安排尚未公布，日期暂定）" : "")
                            + "。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在期限内，本机关将另行书面告知。");
                }
            }
            case CORRECTION -> {
                Correction c = correction(line.note());
                paragraphs.add(applied + "，经审查，申请材料不齐全或者不符合法定形式。根据" + LAW
                        + "第三十二条第一款第（四）项的规定，现一次告知你（单位）需要补正的全部内容如下：");
                items = c.items();
                if (!c.remark().isBlank()) {
                    closing.add(c.remark() + (c.remark().endsWith("。") ? "" : "。"));
                }
                closing.add("请按上述要求补正全部材料后重新提交。本机关收到补正材料后，将依法作出是否受理的决定。");
            }
            case REJECTION -> {
                String basis = blank(a.rejectionLegalBasis()) ? LAW + "第三十二条第一款" : a.rejectionLegalBasis();
                paragraphs.add(applied + "，经审查，" + sentence(a.rejectionReason()) + "根据" + basis + "的规定，本机关决定不予受理。");
                remedies = CaseHandling.REMEDIES;
            }
            case SPECIAL_PROCEDURE -> {
                int nth = (int) lines.stream().filter(l -> l.id() < line.id() && "suspend".equals(l.action())).count();
                List<LedgerEntry> suspensions = ledger.of(applicationId).stream().filter(e -> LedgerEntry.SUSPENSION.equals(e.kind())).toList();
                LedgerEntry entry = nth < suspensions.size() ? suspensions.get(nth) : null;
                String why = entry == null ? line.note() : entry.reason();
                String basis = entry == null || blank(entry.legalBasis()) ? LAW + "第四十五条" : entry.legalBasis();
                paragraphs.add(applied + "，本机关已于" + day(a.acceptedOn()) + "受理。因需" + why + "，根据" + basis
                        + "的规定，自" + day(entry == null ? date : entry.from()) + "起，所需时间不计算在办理期限内。");
                paragraphs.add("特别程序结束后恢复计时，办理期限相应顺延。");
            }
            case EXTENSION -> {
                LedgerEntry entry = ledger.of(applicationId).stream().filter(e -> LedgerEntry.EXTENSION.equals(e.kind())).findFirst().orElse(null);
                String reason = entry == null ? line.note() : entry.reason();
                String days = entry == null || entry.days() == null ? "" : entry.days() + "个工作日";
                paragraphs.add(applied + "，本机关已于" + day(a.acceptedOn()) + "受理。因" + sentence(reason).replaceAll("。$", "")
                        + "，不能在法定期限内作出决定。经本机关负责人批准，根据" + LAW + "第四十二条第一款的规定，办理期限延长" + days + "。");
            }
            case APPROVAL -> {
                paragraphs.add(applied + "，本机关已于" + day(a.acceptedOn()) + "受理。经审查，该申请符合法定条件、标准。根据" + LAW
                        + "第三十八条第一款的规定，本机关决定准予行政许可。");
                if (a.feeCharged() != null && a.feeCharged().signum() > 0) {
                    paragraphs.add("依照法律、行政法规的规定，应缴纳费用" + a.feeCharged().toPlainString() + "元。");
                }
                paragraphs.add("本机关将自作出决定之日起十个工作日内向你（单位）颁发、送达行政许可证件。");
            }
            case DENIAL -> {
                paragraphs.add(applied + "，本机关已于" + day(a.acceptedOn()) + "受理。经审查，" + sentence(a.decisionReason())
                        + "根据" + LAW + "第三十八条第二款的规定，本机关决定不予行政许可。");
                remedies = CaseHandling.REMEDIES;
            }
            default -> throw new NotFoundException("文书不存在");
        }
        return new WrittenNotice(a.id(), line.id(), kind, unit.legalName(), number, addressee, a.itemName(), a.queryCode(), date,
                List.copyOf(paragraphs), items, List.copyOf(closing), remedies);
    }

    record Correction(List<String> items, String remark) {
    }

    /**
     * The missing items as {@link CaseHandling#requestCorrection} wrote them: joined by "；", and the handler's remark, if
     * any, after the first "。" (an item that itself contains "。" therefore splits there).
     */
    static Correction correction(String note) {
        String rest = note == null ? "" : note.startsWith(CORRECTION_PREFIX) ? note.substring(CORRECTION_PREFIX.length()) : note;
        int stop = rest.indexOf('。');
        String listed = stop < 0 ? rest : rest.substring(0, stop);
        String remark = stop < 0 ? "" : rest.substring(stop + 1).strip();
        return new Correction(Arrays.stream(listed.split("；")).map(String::strip).filter(s -> !s.isEmpty()).toList(), remark);
    }

    static String day(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() || t.matches(".*[。！？]$") ? t : t + "。";
    }
}
