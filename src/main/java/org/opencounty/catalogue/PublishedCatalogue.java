package org.opencounty.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.MaterialFiles;
import org.opencounty.catalogue.internal.PublishedEntryRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read of the catalogue: only live guides and fees of the site asked for. */
@Service
public class PublishedCatalogue {

    /** A live guide with its content, the fees it links to and its materials' blank forms and samples. */
    public record ItemPage(PublishedEntry entry, ServiceItemContent item, List<FeePage> fees, List<MaterialFile> files) {

        /** The blank forms and samples of one material, the blank form first. */
        public List<MaterialFile> filesOf(String materialId) {
            return files.stream().filter(file -> file.materialId().equals(materialId))
                    .sorted(java.util.Comparator.comparing(MaterialFile::purpose)).toList();
        }

        /** Where the public downloads a file of this guide. */
        public String url(MaterialFile file) {
            return "/services/" + entry.entryId() + "/attachments/" + file.id();
        }
    }

    public record FeePage(PublishedEntry entry, FeeContent fee) {
    }

    /** Filters of the public catalogue; null means any. */
    public record Filter(String unitCode, String type, ServiceTarget target, Boolean online, String text) {
    }

    private final PublishedEntryRepository published;
    private final ContentCodec codec;
    private final MaterialFiles files;

    PublishedCatalogue(PublishedEntryRepository published, ContentCodec codec, MaterialFiles files) {
        this.files = files;
        this.published = published;
        this.codec = codec;
    }

    /** One page of a list, and how long the whole list is. */
    public record Page(long total, List<PublishedEntry> entries) {
    }

    /** Every live item of the site that passes the filter, by unit and then name. */
    @Transactional(readOnly = true)
    public List<PublishedEntry> items(long siteId, Filter filter) {
        return published.items(siteId, filter, 0, Integer.MAX_VALUE);
    }

    /** Page {@code page} (from 1; anything lower is the first) of {@link #items(long, Filter)}, {@code size} to a page. */
    @Transactional(readOnly = true)
    public Page items(long siteId, Filter filter, int page, int size) {
        return new Page(published.countItems(siteId, filter), published.items(siteId, filter, (Math.max(1L, page) - 1) * size, size));
    }

    /**
     * Page {@code page} of the live items of the units {@code unitIds} that pass the filter (its unit code left out), by
     * unit and then name, counted and cut in the database.
     */
    @Transactional(readOnly = true)
    public PageOf<PublishedEntry> itemsOf(long siteId, Collection<Long> unitIds, Filter filter, int page, int size) {
        int number = PageOf.clampPage(page);
        return new PageOf<>(published.countItems(siteId, unitIds, filter), number, size,
                published.items(siteId, unitIds, filter, (long) (number - 1) * size, size));
    }

    /** How many live items of the site pass the filter (its unit code included), by unit id, counted in the database. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByUnit(long siteId, Filter filter) {
        return published.countsByUnit(siteId, filter);
    }

    /** The live items of the site among {@code ids}, in the order of {@code ids}, read in one statement. */
    @Transactional(readOnly = true)
    public List<PublishedEntry> itemsAmong(long siteId, List<Long> ids) {
        Map<Long, PublishedEntry> found = new HashMap<>();
        published.findAllById(ids).stream().filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .forEach(e -> found.put(e.entryId(), e));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public ItemPage item(long siteId, long id) {
        PublishedEntry entry = published.findById(id).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .orElseThrow(() -> new NotFoundException("该办事指南不存在或已撤回"));
        ServiceItemContent item = codec.read(entry.content(), ServiceItemContent.class);
        List<FeePage> fees = item.fees().stream().map(feeId -> fee(siteId, feeId)).flatMap(Optional::stream).toList();
        return new ItemPage(entry, item, fees, files.of(entry.revisionId()));
    }

    /**
     * A blank form or sample of a live guide, for anyone: only a file of the live revision is found, so a withdrawn
     * guide's files and those of a revision still in review are not.
     */
    @Transactional(readOnly = true)
    public GuideFiles.Download file(long siteId, long entryId, long fileId) {
        PublishedEntry entry = published.findById(entryId).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.ITEM)
                .orElseThrow(() -> new NotFoundException("该办事指南不存在或已撤回"));
        MaterialFile file = files.find(entry.revisionId(), fileId).orElseThrow(() -> new NotFoundException("文件不存在"));
        return new GuideFiles.Download(file, files.content(file));
    }

    @Transactional(readOnly = true)
    public Optional<FeePage> fee(long siteId, long id) {
        return published.findById(id).filter(e -> e.siteId() == siteId && e.kind() == EntryKind.FEE)
                .map(e -> new FeePage(e, codec.read(e.content(), FeeContent.class)));
    }

    /**
     * One page of the site's live fees, of one unit (its code) or all, in the order of {@link #fees}: the filter, the
     * count and the page are the database's, so only the page's rows are read and nothing is parsed here.
     */
    @Transactional(readOnly = true)
    public PageOf<PublishedEntry> fees(long siteId, String unitCode, int page, int size) {
        PageRequest request = PageRequest.of(page - 1, size, Sort.by("unitId", "name", "entryId"));
        org.springframework.data.domain.Page<PublishedEntry> found = unitCode == null
                ? published.findBySiteIdAndKind(siteId, EntryKind.FEE, request)
                : published.findBySiteIdAndKindAndUnitCode(siteId, EntryKind.FEE, unitCode, request);
        return new PageOf<>(found.getTotalElements(), page, size, found.getContent());
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
