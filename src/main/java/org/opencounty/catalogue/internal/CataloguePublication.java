package org.opencounty.catalogue.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencounty.review.ScreenedField;
import org.opencounty.catalogue.CatalogueEntry;
import org.opencounty.catalogue.CatalogueRevision;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.PublishedEntries;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/** Keeps the portal's read model (and the search index) in step with what is live. */
@Component
public class CataloguePublication {

    private final PublishedEntryRepository published;
    private final CatalogueRevisionRepository revisions;
    private final ContentCodec codec;
    private final Units units;

    CataloguePublication(PublishedEntryRepository published, CatalogueRevisionRepository revisions, ContentCodec codec, Units units) {
        this.published = published;
        this.revisions = revisions;
        this.codec = codec;
        this.units = units;
    }

    public void show(CatalogueEntry entry) {
        CatalogueRevision live = revisions.findById(entry.liveRevisionId()).orElseThrow();
        Unit unit = units.byId(entry.unitId()).orElseThrow();
        if (entry.kind() == EntryKind.ITEM) {
            ServiceItemContent item = codec.read(live.content(), ServiceItemContent.class);
            published.save(PublishedEntries.item(entry, live, unit.code(), unit.name(), item, searchText(item)));
        } else {
            FeeContent fee = codec.read(live.content(), FeeContent.class);
            published.save(PublishedEntries.fee(entry, live, unit.code(), unit.name(), fee,
                    String.join("\n", nonNull(fee.name(), fee.reductions(), fee.legalBasis(), fee.approvingDocument()))));
        }
    }

    public void hide(long entryId) {
        published.findById(entryId).ifPresent(published::delete);
    }

    /** Everything a citizen might search a guide by, as plain text. */
    public static String searchText(ServiceItemContent item) {
        return screenedFields(item).stream().map(ScreenedField::text).collect(Collectors.joining("\n"));
    }

    /** The guide's text, element by element: what screening reads and what search finds. */
    public static List<ScreenedField> screenedFields(ServiceItemContent item) {
        return Stream.of(
                        field("name", Stream.of(item.name())),
                        field("handlingSection", Stream.of(item.handlingSection())),
                        field("location", Stream.of(item.location())),
                        field("conditions", item.conditions().stream()),
                        field("materials", item.materials().stream().map(ServiceItemContent.Material::name)),
                        field("procedure", item.procedure().stream().map(ServiceItemContent.Step::name)),
                        field("legalBasis", item.legalBasis().stream().map(b -> b.title() + (b.article() == null ? "" : b.article()))),
                        field("faq", item.faq().stream().flatMap(f -> Stream.of(f.question(), f.answer()))))
                .filter(field -> !field.text().isEmpty()).toList();
    }

    private static ScreenedField field(String name, Stream<String> parts) {
        return new ScreenedField(name, parts.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n")));
    }

    private static String[] nonNull(String... values) {
        return Stream.of(values).filter(v -> v != null).toArray(String[]::new);
    }
}
