package org.opencounty.documents;

import java.util.EnumMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.Role;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticleReview;
import org.opencounty.content.ArticleWriting;
import org.opencounty.content.Category;
import org.opencounty.documents.internal.DocumentStore;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dispatched document marked 主动公开 goes to the portal's 政策文件 column in one step: an article of the issuing unit
 * with its 文号, 发文机关 and 成文日期 as the article's metadata, submitted at once into the normal review chain (the unit's
 * leader, then the center), whose screening decides what may be public. The article stays linked to the document,
 * so that it is published once.
 */
@Service
public class DocumentPublishing {

    private final DocumentStore documents;
    private final DocumentJournal journal;
    private final ArticleWriting writing;
    private final ArticleReview review;
    private final Units units;
    private final TransactionTemplate transactions;

    DocumentPublishing(DocumentStore documents, DocumentJournal journal, ArticleWriting writing, ArticleReview review, Units units,
                       TransactionTemplate transactions) {
        this.documents = documents;
        this.journal = journal;
        this.writing = writing;
        this.review = review;
        this.units = units;
        this.transactions = transactions;
    }

    /** Creates the article and submits it; returns its id. Not in a transaction: the article's submission reads attachments first. */
    public long publish(Actor actor, long id) {
        OfficialDocument document = journal.document(id);
        if (actor == null || actor.siteId() != document.siteId() || !java.util.Objects.equals(actor.unitId(), document.unitId())
                || !actor.has(Role.INFO_OFFICER)) {
            throw journal.refused(actor, document.target(), "publish", "只有发文单位的信息员可以将公文报送公开");
        }
        if (!document.dispatched() || document.disclosure() != Disclosure.PUBLIC) {
            throw new ConflictException("INVALID_STATE", "只有已核发且公开属性为“主动公开”的公文可以报送到政策文件栏目");
        }
        if (document.articleId() != null) {
            throw new ConflictException("ALREADY_PUBLISHED", "该公文已报送公开");
        }
        String issuingBody = units.byId(document.unitId()).map(u -> u.legalName()).orElse("");
        Article article = writing.create(actor, new ArticleDraft(Category.POLICIES.code(), document.title(), document.body(), "",
                document.number(), issuingBody, document.writtenOn(), null, null, null, null, issuingBody, ""));
        long articleId = article.id();
        transactions.executeWithoutResult(status -> {
            OfficialDocument current = journal.document(id);
            Map<DocumentStore.StepColumn, Object> columns = new EnumMap<>(DocumentStore.StepColumn.class);
            columns.put(DocumentStore.StepColumn.ARTICLE_ID, articleId);
            if (!documents.step(id, current.version(), current.state(), columns, journal.now())) {
                throw new ConflictException("STALE_VERSION", "该公文刚被他人办理，请刷新后重试");
            }
            journal.recorded(actor, current, null, "publish", "article:" + articleId);
        });
        review.submit(actor, articleId, false);
        return articleId;
    }
}
