package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public catalogue's filters, applied by the database, pass exactly the items they describe, in the order of
 * unit and then name as Java compares them, and pages are slices of the whole list.
 */
class PublishedCatalogueFilterTest extends IntegrationTest {

    private static final int PAGE_SIZE = 5;

    @Autowired
    PublishedCatalogue catalogue;

    @Test
    void everyCombinationOfFiltersPassesWhatItDescribes() {
        long site = jdbc.sql("select id from site where is_default").query(Long.class).single();
        List<PublishedEntry> all = catalogue.items(site, new PublishedCatalogue.Filter(null, null, null, null, null));
        assertThat(all).hasSize(jdbc.sql("select count(*) from published_entry where site_id = :site and kind = 'ITEM'")
                .param("site", site).query(Integer.class).single());
        assertThat(all).isSortedAccordingTo(Comparator.comparing(PublishedEntry::unitId).thenComparing(PublishedEntry::name));

        int combinations = 0;
        for (String unit : Arrays.asList(null, "market", "balikun-zhen", "no-such-unit")) {
            for (String type : Arrays.asList(null, "01", "05", "20")) {
                for (ServiceTarget target : Arrays.asList(null, ServiceTarget.NATURAL, ServiceTarget.LEGAL, ServiceTarget.BOTH)) {
                    for (Boolean online : Arrays.asList(null, true, false)) {
                        for (String text : Arrays.asList(null, "登记", "许可", "身份证")) {
                            var filter = new PublishedCatalogue.Filter(unit, type, target, online, text);
                            List<Long> expected = all.stream().filter(passes(filter)).map(PublishedEntry::entryId).toList();
                            assertThat(catalogue.items(site, filter)).as("%s", filter).extracting(PublishedEntry::entryId)
                                    .containsExactlyElementsOf(expected);
                            PublishedCatalogue.Page second = catalogue.items(site, filter, 2, PAGE_SIZE);
                            assertThat(second.total()).isEqualTo(expected.size());
                            assertThat(second.entries()).extracting(PublishedEntry::entryId)
                                    .containsExactlyElementsOf(expected.subList(Math.min(PAGE_SIZE, expected.size()),
                                            Math.min(2 * PAGE_SIZE, expected.size())));
                            combinations += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(combinations).as("combinations that pass something").isGreaterThan(100);
        assertThat(catalogue.items(site, new PublishedCatalogue.Filter(null, null, null, null, null), -3, PAGE_SIZE).entries())
                .extracting(PublishedEntry::entryId).containsExactlyElementsOf(all.subList(0, PAGE_SIZE).stream().map(PublishedEntry::entryId).toList());
        assertThat(catalogue.items(site, new PublishedCatalogue.Filter(null, null, null, null, null), Integer.MAX_VALUE, PAGE_SIZE).entries())
                .isEmpty();
    }

    /** The filters' meaning, as the catalogue applied them in Java before the database did. */
    private static Predicate<PublishedEntry> passes(PublishedCatalogue.Filter filter) {
        return e -> (filter.unitCode() == null || filter.unitCode().equals(e.unitCode()))
                && (filter.type() == null || filter.type().equals(e.itemType()))
                && (filter.target() == null || (e.target() != null && ServiceTarget.valueOf(e.target()).serves(filter.target())))
                && (filter.online() == null || filter.online() == e.online())
                && (filter.text() == null || e.name().contains(filter.text()) || e.searchText().contains(filter.text()));
    }
}
