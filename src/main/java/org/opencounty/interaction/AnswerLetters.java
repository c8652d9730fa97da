package org.opencounty.interaction;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.printing.OfficialPrinting;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The 政府信息公开申请答复书 of an answered request, laid out as an official document (GB/T 9704) by the printing module:
 * who answers, the request and the day it was received, the type of answer with its reasons and legal basis (art. 36,
 * 37), the agency to ask instead where the information is another's, the fee if any, and the remedies.
 */
@Service
public class AnswerLetters {

    private final DisclosureQueries queries;
    private final OfficialPrinting printing;

    AnswerLetters(DisclosureQueries queries, OfficialPrinting printing) {
        this.queries = queries;
        this.printing = printing;
    }

    public String html(Actor actor, long id) {
        return printing.html(layout(queries.view(actor, id)));
    }

    public byte[] pdf(Actor actor, long id) {
        return printing.pdf(layout(queries.view(actor, id)));
    }

    OfficialLayout layout(DisclosureView view) {
        DisclosureRequest r = view.request();
        if (r.outcome() == null || r.answeredOn() == null) {
            throw new ConflictException("NOT_ANSWERED", "该申请尚未答复");
        }
        StringBuilder body = new StringBuilder();
        body.append(p("本机关于" + chinese(r.receivedOn()) + "收到您提出的政府信息公开申请（查询码 " + r.queryCode() + "），申请获取：“"
                + r.description() + "”。"));
        if (r.correctionReceivedOn() != null) {
            body.append(p("本机关于" + chinese(r.correctionRequestedOn()) + "向您发出补正通知，于" + chinese(r.correctionReceivedOn()) + "收到补正内容。"));
        }
        if (r.extensionDays() > 0) {
            body.append(p("经本机关负责人同意，答复期限延长" + r.extensionDays() + "个工作日。"));
        }
        body.append(p("经审查，根据《中华人民共和国政府信息公开条例》" + basis(r.outcome()) + "的规定，现答复如下：" + r.outcome().label()
                + (r.outcomeReason() == null ? "" : "（" + r.outcomeReason().replaceFirst("^\\d+\\.", "") + "）") + "。"));
        body.append(p(r.answerText()));
        if (!r.otherAgency().isBlank()) {
            body.append(p("该政府信息由" + r.otherAgency() + "负责公开，请向其提出申请。"));
        }
        if (r.feeAmount() != null && r.feePaidOn() != null) {
            body.append(p("本申请按照《政府信息公开信息处理费管理办法》" + r.feeMethod().label() + "信息处理费" + r.feeAmount().toPlainString() + "元。"));
        }
        body.append(p("如对本答复不服，可以自收到本答复之日起60日内依法申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。"));
        String issuer = view.unitLegalName().isBlank() ? view.unitName() : view.unitLegalName();
        return new OfficialLayout(issuer, "依申请公开答复〔" + r.answeredOn().getYear() + "〕" + r.id() + "号", null, null,
                "政府信息公开申请答复书", r.name() + "：", body.toString(), List.of(), issuer, r.answeredOn(), null, null, null);
    }

    private static String basis(Outcome outcome) {
        return switch (outcome) {
            case ALREADY_PUBLIC -> "第三十六条第（一）项";
            case DISCLOSED -> "第三十六条第（二）项";
            case PARTIAL -> "第三十七条";
            case WITHHELD -> "第三十六条第（三）项";
            case NOT_HELD -> "第三十六条第（四）项";
            case NOT_THIS_AGENCY -> "第三十六条第（五）项";
            case REPEAT -> "第三十六条第（六）项";
            case SPECIAL_LAW -> "第三十六条第（七）项";
            case NOT_HANDLED -> "第三十五条、第三十九条";
            case CORRECTION_LAPSED -> "第三十条";
            case FEE_UNPAID -> "第四十二条";
        };
    }

    private static String p(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>";
    }

    private static String chinese(java.time.LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
