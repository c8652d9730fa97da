package org.opencounty.content.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.content.ArticleQueries;
import org.opencounty.content.ArticleQueue;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Component;

/** The dashboard's card for articles: what waits for the person, what came back, their drafts. */
@Component
class ArticleDashboard implements DashboardSection {

    private final ArticleQueries articles;

    ArticleDashboard(ArticleQueries articles) {
        this.articles = articles;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        ArticleQueue queue = articles.queueOf(actor);
        return List.of(new DashboardCard(10, "信息报送",
                List.of(text("待我审核 "), figure(queue.waitingForMe().size()), text(" 条，被退回 "), figure(queue.returned().size()),
                        text(" 条，草稿 "), figure(queue.drafts().size()), text(" 条。")),
                List.of(), "进入信息报送", "/admin/articles"));
    }
}
