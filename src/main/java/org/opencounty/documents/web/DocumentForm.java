package org.opencounty.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.opencounty.documents.DocumentDraft;
import org.opencounty.documents.DocumentView;
import org.opencounty.documents.OfficialDocument;

/** The drafting form's fields as posted (recipients and cc as repeated checkboxes), and as shown again after a refusal. */
public record DocumentForm(String kind, String title, String body, List<String> recipients, List<String> cc, String urgency,
                           String disclosure, String disclosureReason, String deadline, Long version) {

    public DocumentForm {
        kind = kind == null ? "NOTICE" : kind;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        cc = cc == null ? List.of() : List.copyOf(cc);
        urgency = urgency == null ? "NONE" : urgency;
        disclosure = disclosure == null ? "PUBLIC" : disclosure;
        disclosureReason = disclosureReason == null ? "" : disclosureReason;
        deadline = deadline == null ? "" : deadline;
        version = version == null ? 0L : version;
    }

    static DocumentForm empty() {
        return new DocumentForm(null, null, null, null, null, null, null, null, null, 0L);
    }

    static DocumentForm of(DocumentView view) {
        OfficialDocument d = view.document();
        return new DocumentForm(d.kind().name(), d.title(), d.body(),
                view.addressees().stream().filter(a -> !a.cc()).map(DocumentView.Addressed::code).toList(),
                view.addressees().stream().filter(DocumentView.Addressed::cc).map(DocumentView.Addressed::code).toList(),
                d.urgency().name(), d.disclosure().name(), d.disclosureReason(), d.deadline() == null ? "" : d.deadline().toString(),
                d.version());
    }

    /** A date the browser could not send is left out here and refused by the rules only if it matters. */
    DocumentDraft draft() {
        LocalDate due = null;
        try {
            due = deadline.isBlank() ? null : LocalDate.parse(deadline);
        } catch (java.time.format.DateTimeParseException e) {
            throw org.opencounty.common.InvalidInputException.field("deadline", "办理时限的日期格式不正确");
        }
        return new DocumentDraft(kind, title, body, recipients, cc, urgency, disclosure, disclosureReason, due);
    }

    public boolean names(String code) {
        return recipients.contains(code);
    }

    public boolean copies(String code) {
        return cc.contains(code);
    }
}
