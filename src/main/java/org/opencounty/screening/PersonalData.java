package org.opencounty.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The personal-data rules (条例 art. 15: 个人隐私 must not be disclosed). A piece of text is reported
 * as one kind of personal data only, tried in this order: resident ID, bank card, e-mail address,
 * mobile, landline. So an 18-digit ID that also passes the Luhn check is not a card too, and a mobile
 * number used as the local part of an e-mail address ({@code 13912345678@qq.com}) is judged as that
 * address, exempt when the address is.
 */
final class PersonalData {

    private final ScreenedText text;
    private final PublishedContacts published;
    private final BitSet taken = new BitSet();
    private final List<Finding> findings = new ArrayList<>();

    private PersonalData(ScreenedText text, PublishedContacts published) {
        this.text = text;
        this.published = published;
    }

    static List<Finding> find(ScreenedText text, Set<String> publishedContacts, LocalDate today) {
        PersonalData data = new PersonalData(text, new PublishedContacts(publishedContacts));
        String folded = text.folded();
        DigitRuns runs = DigitRuns.of(folded);
        for (Span span : ResidentIds.find(runs, today)) {
            data.take(span, true, ScreeningRules.RESIDENT_ID, Severity.BLOCK, "含有未脱敏的身份证号码");
        }
        for (Span span : BankCards.find(runs)) {
            data.take(span, true, ScreeningRules.BANK_CARD, Severity.BLOCK, "含有未脱敏的银行卡号");
        }
        for (EmailAddresses.Match address : EmailAddresses.find(folded)) {
            boolean report = !address.governmental() && !data.published.hasAddress(address.address());
            data.take(address.span(), report, ScreeningRules.EMAIL_ADDRESS, Severity.WARN, "含有电子邮箱地址，请确认确需公开");
        }
        for (PhoneNumbers.Match mobile : PhoneNumbers.mobiles(runs)) {
            data.take(mobile.span(), !data.published.hasNumber(mobile.digits()),
                    ScreeningRules.MOBILE_NUMBER, Severity.WARN, "含有手机号码，请确认确需公开");
        }
        for (PhoneNumbers.Match landline : PhoneNumbers.landlines(folded)) {
            data.take(landline.span(), !data.published.hasNumber(landline.digits()),
                    ScreeningRules.LANDLINE_NUMBER, Severity.WARN, "含有固定电话号码，请确认确需公开");
        }
        return data.findings;
    }

    /** Claims the span unless an earlier kind has it; exempt matches claim it too, but are not reported. */
    private void take(Span span, boolean report, String rule, Severity severity, String message) {
        int firstTaken = taken.nextSetBit(span.start());
        if (firstTaken >= 0 && firstTaken < span.end()) {
            return;
        }
        taken.set(span.start(), span.end());
        if (report) {
            findings.add(text.finding(rule, severity, span.start(), span.end(), message));
        }
    }
}
