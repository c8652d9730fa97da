package org.opencounty.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.Validity;
import org.opencounty.units.Units;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published articles of the demo county, from {@code demo/articles.json}, imported as the old site's pages would be. */
@Component
public class DemoArticles {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String unit, String category, String title, String summary, String body, String documentNumber,
                String issuingBody, String writtenOn, String publishedAt, String source, String keywords,
                String validity, String replacedBy) {
    }

    private final ArticlePublishing publishing;
    private final Units units;

    DemoArticles(ArticlePublishing publishing, Units units) {
        this.publishing = publishing;
        this.units = units;
    }

    @Transactional
    public int load(long siteId) {
        List<Item> items = read();
        Map<String, Long> idsByTitle = new HashMap<>();
        Map<String, LocalDate> datesByTitle = new HashMap<>();
        // Replacing documents first, so that the documents they replace can point at them.
        List<Item> ordered = items.stream().sorted((a, b) -> Boolean.compare(a.replacedBy() != null, b.replacedBy() != null)).toList();
        for (Item item : ordered) {
            Long replacedById = item.replacedBy() == null ? null : idsByTitle.get(item.replacedBy());
            Validity validity = item.validity() == null ? Validity.VALID : Validity.valueOf(item.validity());
            LocalDateTime published = LocalDateTime.parse(item.publishedAt());
            ArticleDraft draft = new ArticleDraft(item.category(), item.title(), item.body(), item.summary(), item.documentNumber(),
                    item.issuingBody(), item.writtenOn() == null ? null : LocalDate.parse(item.writtenOn()), null, validity,
                    validity == Validity.VALID ? null : datesByTitle.get(item.replacedBy()), replacedById,
                    item.source(), item.keywords());
            Article article = publishing.importPublished(siteId, units.get(siteId, item.unit()).id(), draft,
                    published.atZone(TimeConfiguration.CHINA).toInstant(), "demo");
            idsByTitle.put(item.title(), article.id());
            datesByTitle.put(item.title(), published.toLocalDate());
        }
        return items.size();
    }

    private static List<Item> read() {
        try (InputStream in = new ClassPathResource("demo/articles.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<Item>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
