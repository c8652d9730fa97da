package org.opencounty.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.opencounty.review.ReviewEvent;
import org.opencounty.catalogue.internal.ContentCodec;
import org.springframework.stereotype.Component;

/** The API's shape of an entry: its content's fields at the top level, with id, state and history beside them. */
@Component
public class CatalogueJson {

    /**
     * A guide ({@code item}) or fee ({@code fee}) with its content's fields at the top level. {@code version},
     * {@code revision}, {@code completeness} and {@code history} are given to staff who may see the working version.
     */
    public record Entry(long id, String state, String unitCode, String unitName, String publicUrl,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long version,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer revision,
                        @JsonUnwrapped ServiceItemContent item, @JsonUnwrapped FeeContent fee,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Completeness completeness,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewEvent> history) {
    }

    /** A published guide as the catalogue lists it. */
    public record Summary(long id, String name, String type, String target, boolean onlineApplication, String unitCode,
                          String unitName, String url) {
    }

    private final ContentCodec codec;

    CatalogueJson(ContentCodec codec) {
        this.codec = codec;
    }

    public Entry of(EntryView view) {
        return new Entry(view.entry().id(), view.entry().state().name(), view.unitCode(), view.unitName(), view.publicUrl(),
                view.entry().version(), view.revision(), view.item(), view.fee(), view.completeness(), view.history());
    }

    public Entry of(PublishedEntry entry) {
        boolean item = entry.kind() == EntryKind.ITEM;
        return new Entry(entry.entryId(), "PUBLISHED", entry.unitCode(), entry.unitName(), entry.url(), null, null,
                item ? codec.read(entry.content(), ServiceItemContent.class) : null,
                item ? null : codec.read(entry.content(), FeeContent.class), null, null);
    }

    public Summary summary(PublishedEntry entry) {
        return new Summary(entry.entryId(), entry.name(), entry.itemType(), entry.target(), entry.online(), entry.unitCode(),
                entry.unitName(), entry.url());
    }
}
