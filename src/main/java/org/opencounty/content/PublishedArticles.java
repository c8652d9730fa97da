package org.opencounty.content;

import java.util.List;
import java.util.Optional;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.web.PageOf;
import org.opencounty.content.internal.Attachments;
import org.opencounty.content.internal.PublishedArticleRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read: only live articles, only of the site asked for. */
@Service
public class PublishedArticles {

    public static final int PAGE_SIZE = 20;

    private final PublishedArticleRepository published;
    private final Attachments attachments;

    PublishedArticles(PublishedArticleRepository published, Attachments attachments) {
        this.published = published;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public Page<PublishedArticle> column(long siteId, Category category, int page) {
        return published.findBySiteIdAndCategoryOrderByPublishedAtDesc(siteId, category.code(), PageRequest.of(PageOf.clampPage(page) - 1, PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public Page<PublishedArticle> catalogue(long siteId, long unitId, int page) {
        return published.findBySiteIdAndUnitIdOrderByPublishedAtDesc(siteId, unitId, PageRequest.of(PageOf.clampPage(page) - 1, PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> latest(long siteId) {
        return published.findTop10BySiteIdOrderByPublishedAtDesc(siteId);
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> feed(long siteId, Category category) {
        return published.findTop20BySiteIdAndCategoryOrderByPublishedAtDesc(siteId, category.code());
    }

    @Transactional(readOnly = true)
    public PublishedArticle get(long siteId, long id) {
        return find(siteId, id).orElseThrow(() -> new NotFoundException("该信息不存在或已撤回"));
    }

    @Transactional(readOnly = true)
    public Optional<PublishedArticle> find(long siteId, long id) {
        return published.findById(id).filter(article -> article.siteId() == siteId);
    }

    @Transactional(readOnly = true)
    public List<StoredAttachment> attachmentsOf(PublishedArticle article) {
        return attachments.of(article.revisionId());
    }

    /** A live article's attachment and its bytes; anything else is not found. */
    @Transactional(readOnly = true)
    public Download download(long siteId, long articleId, long attachmentId) {
        PublishedArticle article = get(siteId, articleId);
        StoredAttachment attachment = attachments.of(article.revisionId()).stream().filter(a -> a.id() == attachmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("附件不存在"));
        return new Download(attachment, attachments.content(attachment));
    }

    public record Download(StoredAttachment attachment, byte[] content) {
    }
}
