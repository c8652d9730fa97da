package org.opencounty.content.internal;

import java.time.ZoneId;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleRevision;
import org.opencounty.content.PublishedArticleFactory;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/** Keeps the portal's read model (and with it the search index) in step with what is live. */
@Component
public class Publication {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PublishedArticleRepository published;
    private final RevisionRepository revisions;
    private final Units units;

    Publication(PublishedArticleRepository published, RevisionRepository revisions, Units units) {
        this.published = published;
        this.revisions = revisions;
        this.units = units;
    }

    public void show(Article article) {
        ArticleRevision live = revisions.findById(article.liveRevisionId()).orElseThrow();
        Unit unit = units.byId(article.unitId()).orElseThrow();
        int year = article.publishedAt().atZone(CHINA).getYear();
        published.save(PublishedArticleFactory.of(article, live, unit.code(), unit.name(), ScreeningRules.plainText(live.body()), year));
    }

    public void hide(long articleId) {
        published.findById(articleId).ifPresent(published::delete);
    }
}
