package org.opencounty.services;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.common.NotFoundException;
import org.opencounty.services.internal.ContentCodec;
import org.opencounty.services.internal.PublishedEntryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read of the catalogue: only live guides and fees of the site asked for. */
@Service
public class PublishedCatalogue {

    /** A live guide with its content and the fees it links to. */
    public record ItemPage(PublishedEntry entry, ServiceItemContent item, List<FeePage> fees) {
    }

    public record FeePage(PublishedEntry entry, FeeContent fee) {
    }

    /** Filters of the public catalogue; null means any. */
    public record Filter(String unitCode, String type, ServiceTarget target, Boolean online, String text) {
    }

    private final PublishedEntryRepository published;
    private final ContentCodec codec;

    PublishedCatalogue(PublishedEntryRepository published, ContentCodec codec) {
        this.published = published;
        this.codec = codec;
    }

    @Transactional(readOnly = true)
    public List<PublishedEntry> items(long siteId, Filter filter) {
        return published.findBySiteIdAndKindOrderByUnitIdAscNameAsc(siteId, EntryKind.ITEM).stream()
                .filter(e -> filter.unitCode() == null || filter.unitCode().equals(e.unitCode()))
                .filter(e -> filter.type() == null || filter.type().equals(e.itemType()))
                .filter(e -> filter.target() == null || (e.target() != null && ServiceTarget.valueOf(e.target()).serves(filter.target())))
                .filter(e -> filter.online() == null || filter.online() == e.online())
                .filter(e -> filter.text() == null || e.name().contains(filter.text()) || e.searchText().contains(filter.text()))
                .sorted(Comparator.comparing(PublishedEntry::unitId).thenComparing(PublishedEntry::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public ItemPage item(long siteId, long id) {
        PublishedEntry entry = published.findById(id).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .orElseThrow(() -> new NotFoundException("该办事指南不存在或已撤回"));
        ServiceItemContent item = codec.read(entry.content(), ServiceItemContent.class);
        List<FeePage> fees = item.fees().stream().map(feeId -> fee(siteId, feeId)).flatMap(Optional::stream).toList();
        return new ItemPage(entry, item, fees);
    }

    @Transactional(readOnly = true)
    public Optional<FeePage> fee(long siteId, long id) {
        return published.findById(id).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.FEE)
                .map(e -> new FeePage(e, codec.read(e.content(), FeeContent.class)));
    }

    @Transactional(readOnly = true)
    public List<FeePage> fees(long siteId) {
        return published.findBySiteIdAndKindOrderByUnitIdAscNameAsc(siteId, EntryKind.FEE).stream()
                .map(e -> new FeePage(e, codec.read(e.content(), FeeContent.class))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceItemContent> liveItem(long siteId, long id) {
        return published.findById(id).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .map(e -> codec.read(e.content(), ServiceItemContent.class));
    }

    /** {@link #liveItem} for several items in one query: those live on the site, by id. */
    @Transactional(readOnly = true)
    public Map<Long, ServiceItemContent> liveItems(long siteId, Collection<Long> ids) {
        Map<Long, ServiceItemContent> items = new HashMap<>();
        published.findAllById(ids).stream().filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .forEach(e -> items.put(e.entryId(), codec.read(e.content(), ServiceItemContent.class)));
        return items;
    }
}
