package org.opencounty.catalogue.spreadsheet;

import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.EntryView;
import org.opencounty.catalogue.FeeContent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.catalogue.internal.CatalogueEntryRepository;
import org.opencounty.catalogue.internal.CatalogueRevisionRepository;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.WorkbookWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as a workbook (docs/catalogue-spreadsheet.md) of what staff may see: their unit and its
 * subordinate units, or the whole site for center roles. Each entry's current content is exported (the
 * working revision, else the live one), so a re-import brings back exactly what staff last saw.
 */
@Service
public class CatalogueExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CatalogueQueries queries;
    private final CatalogueEntryRepository entries;
    private final CatalogueRevisionRepository revisions;
    private final ContentCodec codec;
    private final Clock clock;

    CatalogueExport(CatalogueQueries queries, CatalogueEntryRepository entries, CatalogueRevisionRepository revisions,
                    ContentCodec codec, Clock clock) {
        this.queries = queries;
        this.entries = entries;
        this.revisions = revisions;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Spreadsheet workbook(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以导出办事指南和收费项目");
        }
        List<EntryView> fees = current(queries.listFor(actor, EntryKind.FEE));
        List<EntryView> items = current(queries.listFor(actor, EntryKind.ITEM));
        Map<Long, String> feeNames = new HashMap<>();
        fees.forEach(view -> feeNames.put(view.entry().id(), view.fee().name()));
        List<WorkbookWriter.ItemRow> rows = items.stream().map(view -> new WorkbookWriter.ItemRow(view.item(),
                view.item().fees().stream().map(id -> feeNames.computeIfAbsent(id, this::feeName)).filter(name -> !name.isEmpty()).toList()))
                .toList();
        byte[] content = WorkbookWriter.write(rows, fees.stream().map(EntryView::fee).toList());
        String scope = actor.isCenterWide() ? "全部单位" : actor.unitName();
        return new Spreadsheet("办事指南和收费项目-" + scope + "-" + LocalDate.now(clock.withZone(TimeConfiguration.CHINA)).format(DAY) + ".xlsx",
                content);
    }

    /** Withdrawn entries have no current content; the rest in a stable order, by unit and name. */
    private static List<EntryView> current(List<EntryView> views) {
        return views.stream().filter(v -> v.entry().workingRevisionId() != null || v.entry().liveRevisionId() != null)
                .sorted(Comparator.comparing(EntryView::unitCode).thenComparing(v -> v.item() != null ? v.item().name() : v.fee().name())
                        .thenComparing(v -> v.entry().id()))
                .toList();
    }

    /** A fee outside the exported units: an item may link to any fee of its site. */
    private String feeName(long id) {
        return entries.findById(id)
                .map(entry -> entry.workingRevisionId() != null ? entry.workingRevisionId() : entry.liveRevisionId())
                .flatMap(revisions::findById)
                .map(revision -> codec.read(revision.content(), FeeContent.class).name())
                .orElse("");
    }
}
