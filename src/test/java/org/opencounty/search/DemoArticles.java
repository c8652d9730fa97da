package org.opencounty.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.opencounty.content.PublishedArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo site's first articles, changed for a test and put back as they were when it closes: rewritten as
 * publication would (the index follows), or changed behind the index's back (as a restored backup would).
 */
public final class DemoArticles implements AutoCloseable {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final List<Map<String, Object>> before;
    private final List<Long> ids;

    public DemoArticles(int count, JdbcClient jdbc, EntityManager entityManager, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.ids = jdbc.sql("""
                select article_id from published_article p join site s on s.id = p.site_id and s.is_default
                order by article_id limit ?""").param(count).query(Long.class).list();
        this.before = jdbc.sql("select article_id, title, body_text, published_at from published_article where article_id in (:ids)")
                .param("ids", ids).query().listOfRows();
    }

    public long id(int i) {
        return ids.get(i);
    }

    /** The live row changed and indexed again, as publication would. */
    public void rewrite(int i, String title, String body) {
        rewrite(ids.get(i), title, body);
    }

    /** The live row changed, published at another moment too, and indexed again. */
    public void rewrite(int i, String title, String body, java.time.Instant publishedAt) {
        jdbc.sql("update published_article set published_at = ? where article_id = ?")
                .params(java.sql.Timestamp.from(publishedAt), ids.get(i)).update();
        rewrite(i, title, body);
    }

    /** Words added to the live row's body without the index knowing (a restored backup, an index analysed otherwise). */
    public void appendBehindTheIndex(int i, String words) {
        jdbc.sql("update published_article set body_text = body_text || ? where article_id = ?").params(words, ids.get(i)).update();
    }

    /** The rows as they were, indexed again. */
    @Override
    public void close() {
        for (Map<String, Object> row : before) {
            jdbc.sql("update published_article set published_at = ? where article_id = ?")
                    .params(row.get("published_at"), row.get("article_id")).update();
            rewrite(((Number) row.get("article_id")).longValue(), (String) row.get("title"), (String) row.get("body_text"));
        }
    }

    private void rewrite(long articleId, String title, String body) {
        jdbc.sql("update published_article set title = ?, body_text = ? where article_id = ?").params(title, body, articleId).update();
        transactions.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .addOrUpdate(entityManager.find(PublishedArticle.class, articleId)));
    }
}
