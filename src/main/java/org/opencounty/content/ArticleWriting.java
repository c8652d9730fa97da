package org.opencounty.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.internal.AttachmentReadings;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.Attachments;
import org.opencounty.content.internal.HtmlSanitizer;
import org.opencounty.content.internal.PublishedArticleRepository;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.screening.ScreeningRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** An information officer writes an article for their unit: create, edit, attach files. */
@Service
public class ArticleWriting {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final PublishedArticleRepository published;
    private final Attachments attachments;
    private final HtmlSanitizer sanitizer;
    private final ArticleKind kind;
    private final SubmissionWorkflow workflow;
    private final Clock clock;
    private final AttachmentReadings readings;
    private final TransactionTemplate transactions;

    ArticleWriting(ArticleRepository articles, RevisionRepository revisions, PublishedArticleRepository published,
                   Attachments attachments, HtmlSanitizer sanitizer, ArticleKind kind, SubmissionWorkflow workflow, Clock clock,
                   AttachmentReadings readings, TransactionTemplate transactions) {
        this.readings = readings;
        this.transactions = transactions;
        this.articles = articles;
        this.revisions = revisions;
        this.published = published;
        this.attachments = attachments;
        this.sanitizer = sanitizer;
        this.kind = kind;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The body as it will be stored and shown: what the editor's preview displays. Changes nothing. */
    public String preview(String body) {
        return sanitizer.sanitize(body);
    }

    @Transactional
    public Article create(Actor actor, ArticleDraft draft) {
        if (actor == null || !actor.has(Role.INFO_OFFICER) || actor.unitId() == null) {
            throw new NotAllowedException("只有单位信息员可以撰写信息");
        }
        String body = sanitizer.sanitize(draft.body());
        Category category = validate(draft, body, actor.siteId());
        Article article = articles.save(new Article(actor.siteId(), actor.unitId(), category, actor.username(), clock.instant()));
        ArticleRevision revision = revisions.save(new ArticleRevision(article.id(), 1, draft, body, actor.username(), clock.instant()));
        workflow.created(actor, kind, article, revision.id(), draft.title());
        return article;
    }

    /**
     * Saves the officer's edit. A published article gets a new working revision while the live one stays
     * on the portal; an article in review cannot be edited until it is returned. {@code expectedVersion}
     * is the version the officer started from: a stale edit is refused and nothing is written.
     */
    @Transactional
    public Article update(Actor actor, long id, ArticleDraft draft, long expectedVersion) {
        Article article = load(id);
        workflow.requireEditable(actor, kind, article, expectedVersion);
        String body = sanitizer.sanitize(draft.body());
        Category category = validate(draft, body, actor.siteId());
        if (article.indexNumber() != null && category != article.category()) {
            throw InvalidInputException.field("category", "已发布过的信息不能更改栏目");
        }
        ArticleRevision revision;
        if (article.needsNewRevision()) {
            ArticleRevision latest = revisions.findFirstByArticleIdOrderByNumberDesc(id).orElseThrow();
            revision = revisions.save(new ArticleRevision(id, latest.number() + 1, draft, body, actor.username(), clock.instant()));
            attachments.copy(latest.id(), revision.id());
        } else {
            revision = revisions.findById(article.workingRevisionId()).orElseThrow();
            revision.write(draft, body, actor.username(), clock.instant());
            revisions.save(revision);
        }
        article.categorise(category);
        workflow.edited(actor, kind, article, revision.id(), "revision " + revision.number());
        return article;
    }

    /**
     * Attaches a file to the working revision (starting one if the article is live). The file is read for
     * screening first, outside the transaction (issue 16.3), once the writer and the file have passed the cheap checks.
     */
    public StoredAttachment attach(Actor actor, long id, String filename, byte[] content) {
        workflow.requireWriter(actor, kind, load(id), "attach");
        String name = attachments.check(filename, content);
        readings.read(name, content);
        return transactions.execute(status -> attachRead(actor, id, filename, content));
    }

    private StoredAttachment attachRead(Actor actor, long id, String filename, byte[] content) {
        Article article = load(id);
        workflow.requireEditable(actor, kind, article, article.version());
        attachments.check(filename, content);
        if (article.needsNewRevision()) {
            update(actor, id, revisions.findFirstByArticleIdOrderByNumberDesc(id).orElseThrow().toDraft(article.category().code()),
                    article.version());
            article = load(id);
        }
        StoredAttachment stored = attachments.add(article.workingRevisionId(), filename, content);
        workflow.noted(actor, kind, article, "attach", stored.filename(), stored.filename() + " " + stored.sha256());
        return stored;
    }

    @Transactional
    public void detach(Actor actor, long id, long attachmentId) {
        Article article = load(id);
        workflow.requireWriter(actor, kind, article, "detach");
        if (article.workingRevisionId() == null || !article.state().editable()
                || !attachments.remove(article.workingRevisionId(), attachmentId)) {
            throw new NotFoundException("附件不存在或当前不能删除");
        }
        workflow.noted(actor, kind, article, "detach", "", "attachment " + attachmentId);
    }

    private Category validate(ArticleDraft draft, String sanitizedBody, long siteId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Category category = Category.byCode(draft.category()).orElse(null);
        if (category == null) {
            errors.put("category", "请选择栏目");
        }
        if (draft.title().isEmpty()) {
            errors.put("title", "请填写标题");
        } else if (draft.title().length() > 300) {
            errors.put("title", "标题不能超过300个字");
        }
        if (ScreeningRules.plainText(sanitizedBody).isBlank()) {
            errors.put("body", "请填写正文");
        } else if (sanitizedBody.length() > 500_000) {
            errors.put("body", "正文过长");
        }
        limit(errors, "summary", draft.summary(), 1000, "摘要");
        limit(errors, "documentNumber", draft.documentNumber(), 100, "文号");
        limit(errors, "issuingBody", draft.issuingBody(), 200, "发文机关");
        limit(errors, "source", draft.source(), 200, "来源");
        limit(errors, "keywords", draft.keywords(), 300, "关键词");
        if (draft.validity() != Validity.VALID && draft.validityDate() == null) {
            errors.put("validityDate", "已修改或已废止的文件须注明日期");
        }
        ArticleMetadata.dateErrors(draft, LocalDate.now(clock.withZone(TimeConfiguration.CHINA)), clock.instant())
                .forEach(errors::putIfAbsent);
        if (draft.replacedById() != null && published.findById(draft.replacedById())
                .filter(p -> Objects.equals(p.siteId(), siteId)).isEmpty()) {
            errors.put("replacedById", "替代文件须为本站已发布的信息");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return category;
    }

    private static void limit(Map<String, String> errors, String field, String value, int max, String label) {
        if (value.length() > max) {
            errors.put(field, label + "不能超过" + max + "个字");
        }
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
    }
}
