package org.opencounty.content;

import org.opencounty.review.ReviewHistory;
import org.opencounty.review.ScreenedField;

import org.opencounty.review.ReviewState;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.content.internal.ArticleRepository;
import org.opencounty.content.internal.Attachments;
import org.opencounty.content.internal.RevisionRepository;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading articles in the back office and the API, always through the viewer's permissions. */
@Service
public class ArticleQueries {

    /** The queue shows the latest published or withdrawn articles only. */
    private static final Limit RECENTLY_PUBLISHED = Limit.of(50);

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ReviewHistory history;
    private final ArticleKind kind;
    private final Attachments attachments;
    private final ArticlePermissions permissions;
    private final Units units;
    private final UnitAccess unitAccess;

    ArticleQueries(ArticleRepository articles, RevisionRepository revisions, ReviewHistory history, ArticleKind kind, Attachments attachments,
                   ArticlePermissions permissions, Units units, UnitAccess unitAccess) {
        this.articles = articles;
        this.revisions = revisions;
        this.history = history;
        this.kind = kind;
        this.attachments = attachments;
        this.permissions = permissions;
        this.units = units;
        this.unitAccess = unitAccess;
    }

    @Transactional(readOnly = true)
    public ArticleView view(Actor actor, long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("信息不存在"));
        permissions.requireView(actor, article);
        Unit unit = units.byId(article.unitId()).orElseThrow();
        ArticleRevision working = article.workingRevisionId() == null ? null : revisions.findById(article.workingRevisionId()).orElseThrow();
        ArticleRevision live = article.liveRevisionId() == null ? null : revisions.findById(article.liveRevisionId()).orElseThrow();
        ArticleRevision latest = revisions.findFirstByArticleIdOrderByNumberDesc(id).orElseThrow();
        ArticleRevision shown = working != null ? working : live != null ? live : latest;
        return new ArticleView(article, unit.code(), unit.name(), working, live, latest, history.of(kind, id), attachments.of(shown.id()));
    }

    /**
     * The attachments of the revision in review that could not be read for screening, each with why: every
     * reviewer must check them by hand and say so when approving. Empty when nothing is in review.
     */
    @Transactional(readOnly = true)
    public List<ScreenedField> unreadableAttachments(Actor actor, long id) {
        ArticleView view = view(actor, id);
        return view.working() == null ? List.of() : kind.unreadable(view.article(), view.working().id());
    }

    /** The bytes of an attachment of the revision the viewer sees. */
    @Transactional(readOnly = true)
    public byte[] attachmentContent(Actor actor, long id, long attachmentId) {
        StoredAttachment attachment = view(actor, id).attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("附件不存在"));
        return attachments.content(attachment);
    }

    /** The changes of the working revision against the live one, line by line of plain text. */
    @Transactional(readOnly = true)
    public List<DiffLine> diffAgainstLive(Actor actor, long id) {
        ArticleView view = view(actor, id);
        if (view.working() == null || view.live() == null) {
            return List.of();
        }
        List<String> before = lines(view.live());
        List<String> after = lines(view.working());
        Patch<String> patch = DiffUtils.diff(before, after);
        List<DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new DiffLine(DiffLine.Kind.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new DiffLine(DiffLine.Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new DiffLine(DiffLine.Kind.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            result.add(new DiffLine(DiffLine.Kind.SAME, before.get(position)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public ArticleQueue queueOf(Actor actor) {
        List<Unit> directory = units.directory(actor.siteId());
        List<Long> ownUnit = actor.unitId() == null ? List.of() : List.of(actor.unitId());
        List<Long> subtree = directory.stream().filter(unit -> unitAccess.isWithin(unit, actor.unitId())).map(Unit::id).toList();
        boolean officer = actor.has(Role.INFO_OFFICER);
        List<Article> drafts = officer ? articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(ownUnit, EnumSet.of(ReviewState.DRAFT)) : List.of();
        List<Article> returned = officer ? articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(ownUnit, EnumSet.of(ReviewState.RETURNED)) : List.of();
        List<Article> waiting = new ArrayList<>();
        if (actor.has(Role.UNIT_LEADER)) {
            waiting.addAll(articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(subtree, EnumSet.of(ReviewState.PENDING_LEADER)));
        }
        // The second step is the reviewing unit's (ADR 0020): the center sees what it reviews, a township its villages'.
        if (actor.has(Role.CENTER_EDITOR) || actor.has(Role.TOWNSHIP_REVIEWER)) {
            List<Article> second = actor.has(Role.CENTER_EDITOR)
                    ? articles.findBySiteIdAndReviewStateInOrderByReviewUpdatedAtDesc(actor.siteId(), EnumSet.of(ReviewState.PENDING_CENTER))
                    : articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(subtree, EnumSet.of(ReviewState.PENDING_CENTER));
            second.stream().filter(article -> permissions.canReviewAsCenter(actor, article)).forEach(waiting::add);
        }
        Set<ReviewState> reviewing = EnumSet.of(ReviewState.PENDING_LEADER, ReviewState.PENDING_CENTER, ReviewState.SCHEDULED);
        List<Article> inReview = actor.isCenterWide()
                ? articles.findBySiteIdAndReviewStateInOrderByReviewUpdatedAtDesc(actor.siteId(), reviewing)
                : articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(subtree, reviewing);
        Set<ReviewState> done = EnumSet.of(ReviewState.PUBLISHED, ReviewState.WITHDRAWN);
        List<Article> published = actor.isCenterWide()
                ? articles.findBySiteIdAndReviewStateInOrderByReviewUpdatedAtDesc(actor.siteId(), done, RECENTLY_PUBLISHED)
                : articles.findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(subtree, done, RECENTLY_PUBLISHED);
        Map<Long, String> titles = titlesShown(Stream.of(drafts, returned, waiting, inReview, published).flatMap(List::stream).toList());
        Map<Long, String> unitNames = directory.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Function<List<Article>, List<ArticleQueue.Row>> rows = list -> list.stream()
                .map(article -> new ArticleQueue.Row(article.id(), titles.get(article.id()), unitNames.getOrDefault(article.unitId(), ""),
                        article.category(), article.state(), article.updatedAt()))
                .toList();
        return new ArticleQueue(rows.apply(drafts), rows.apply(returned), rows.apply(waiting), rows.apply(inReview), rows.apply(published));
    }

    /**
     * The title each article shows in a list, by article: its working revision's, else its live one's, else (withdrawn)
     * its latest one's. Two queries for the whole queue rather than one for each row.
     */
    private Map<Long, String> titlesShown(List<Article> list) {
        Map<Long, String> titles = new HashMap<>();
        List<Long> shown = list.stream().map(ArticleQueries::shownRevisionId).filter(Objects::nonNull).distinct().toList();
        if (!shown.isEmpty()) {
            revisions.titles(shown).forEach(t -> titles.put(t.articleId(), t.title()));
        }
        List<Long> withoutRevision = list.stream().filter(a -> shownRevisionId(a) == null).map(Article::id).distinct().toList();
        if (!withoutRevision.isEmpty()) {
            revisions.latestTitles(withoutRevision).forEach(t -> titles.put(t.articleId(), t.title()));
        }
        return titles;
    }

    private static Long shownRevisionId(Article article) {
        return article.workingRevisionId() != null ? article.workingRevisionId() : article.liveRevisionId();
    }

    private static List<String> lines(ArticleRevision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("标题：" + revision.title());
        if (!revision.summary().isBlank()) {
            lines.add("摘要：" + revision.summary());
        }
        Arrays.stream(ScreeningRules.plainText(revision.body()).split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .forEach(lines::add);
        return lines;
    }
}
