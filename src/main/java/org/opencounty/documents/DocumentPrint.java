package org.opencounty.documents;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.documents.internal.Issuers;
import org.opencounty.printing.OfficialLayout;
import org.opencounty.printing.OfficialPrinting;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.opencounty.web.PeopleNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The GB/T 9704-2012 print view and PDF of a document, for those who may see it. */
@Service
public class DocumentPrint {

    private final DocumentQueries queries;
    private final Issuers issuers;
    private final Units units;
    private final OfficialPrinting printing;
    private final PeopleNames names;

    DocumentPrint(DocumentQueries queries, Issuers issuers, Units units, OfficialPrinting printing, PeopleNames names) {
        this.queries = queries;
        this.issuers = issuers;
        this.units = units;
        this.printing = printing;
        this.names = names;
    }

    @Transactional(readOnly = true)
    public String html(Actor actor, long id) {
        return printing.html(layout(queries.view(actor, id)));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Actor actor, long id) {
        return printing.pdf(layout(queries.view(actor, id)));
    }

    OfficialLayout layout(DocumentView view) {
        OfficialDocument document = view.document();
        Unit unit = units.byId(document.unitId()).orElseThrow();
        String mark = issuers.of(document.unitId()).map(Issuer::issuerMark).orElse(unit.legalName() + "文件");
        String signer = document.kind().upward() && document.signedBy() != null ? names.nameOf(document.signedBy()) : null;
        List<String> attached = view.attachments().stream().map(DocumentAttachment::filename).toList();
        return new OfficialLayout(mark, document.number(), document.urgency() == Urgency.NONE ? null : document.urgency().label(),
                signer, document.title(), view.mainRecipients(), document.body(), attached, unit.legalName(),
                document.writtenOn(), view.copyTo().isEmpty() ? null : view.copyTo(), null,
                document.dispatchedAt() == null ? null : java.time.LocalDate.ofInstant(document.dispatchedAt(),
                        org.opencounty.common.TimeConfiguration.CHINA));
    }
}
