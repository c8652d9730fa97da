package org.opencounty.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.opencounty.content.PublishedArticle;
import org.opencounty.search.internal.SearchTurns;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.units.UnitNames;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Site search over published content, in relevance order, with highlighted snippets. */
@Service
public class SiteSearch {

    private static final String MARK_START = "\u0001";
    private static final String MARK_END = "\u0002";
    private static final String FRAGMENT_BOUNDARIES = "。，；：！？、,.;:!? \n";

    /** A word in an article's title counts three times a word in its body or keywords. */
    private static final float TITLE_WEIGHT = 3.0f;
    /** The typed words together, as typed, in a title count four times beside that (the title phrase). */
    private static final float TITLE_PHRASE_WEIGHT = 4.0f;

    /**
     * Words only: no operator, quote, wildcard or fuzzy mark typed by a visitor means anything. OR and grouping are
     * on for the synonym groups the center keeps, so the visitor's own | ( ) are taken out first ({@link #expanded}).
     * {@link org.opencounty.search.internal.WordsPresent} parses with the same operators.
     */
    private static final Set<SimpleQueryFlag> PLAIN_TEXT = EnumSet.of(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.OR,
            SimpleQueryFlag.PRECEDENCE);

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchSynonyms synonyms;
    private final Units units;
    private final int maxLength;
    private final int maxTerms;
    private final int exactCountUpTo;
    private final SearchTurns turns;

    SiteSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchSynonyms synonyms, Units units,
               SearchTurns turns, @Value("${opencounty.search.max-query-length:100}") int maxLength,
               @Value("${opencounty.search.max-query-terms:10}") int maxTerms,
               @Value("${opencounty.search.exact-count-up-to:1000}") int exactCountUpTo) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.synonyms = synonyms;
        this.units = units;
        this.maxLength = maxLength;
        this.maxTerms = maxTerms;
        this.exactCountUpTo = exactCountUpTo;
        this.turns = turns;
    }

    /** The visitor's words with the center's synonyms as alternatives; the visitor's own operators are plain text. */
    private String expanded(long siteId, String text) {
        return synonyms.expand(siteId, text.replaceAll("[|()]", " ").strip());
    }

    /** The most characters of words searched for ({@code opencounty.search.max-query-length}). */
    public int maxLength() {
        return maxLength;
    }

    /** The words searched for: the first {@code max-query-terms} words, at most {@code max-query-length} characters. */
    String bounded(String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        String kept = String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, maxTerms)));
        return kept.length() > maxLength ? kept.substring(0, maxLength).strip() : kept;
    }

    /** One page of articles, in the search's turn ({@link SearchTurns}), outside any transaction as {@link #page}. */
    public SearchResults search(long siteId, SearchQuery query) {
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            return inTurn(() -> articles(session, siteId, query));
        }
    }

    /**
     * The search in its turn, first come first served ({@link SearchTurns}), and what the index answers. No turn within
     * the wait is answered as search unavailable for now (503): the visitor tries again, the rest of the site goes on.
     */
    private <T> T inTurn(java.util.function.Supplier<T> search) {
        try {
            return turns.inTurn(() -> answering(search));
        } catch (SearchTurns.Busy e) {
            throw new SearchUnavailableException(e);
        }
    }

    /**
     * What the index answers, or {@link SearchUnavailableException} when it cannot (OpenSearch down): the page says
     * search is unavailable for now, and publication goes on, its index changes waiting in the outbox.
     */
    private static <T> T answering(java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (RuntimeException e) {
            if (!backendFailure(e)) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(SiteSearch.class).warn("Search unavailable: {}", e.getMessage());
            throw new SearchUnavailableException(e);
        }
    }

    /** A failure of the index behind search (OpenSearch unreachable, timing out), however the client wrapped it. */
    private static boolean backendFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.search.util.common.SearchException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** One page of articles, with the words' hits counted exactly up to {@code exact-count-up-to}. */
    SearchResults articles(EntityManager entityManager, long siteId, SearchQuery query) {
        String text = bounded(query.text());
        if (text.isEmpty()) {
            return new SearchResults(0, List.of(), 1, SearchQuery.PAGE_SIZE);
        }
        String words = expanded(siteId, text);
        UnitNames unitNames = units.names(siteId);
        return results(entityManager, query, articleHits(Search.session(entityManager), siteId, query, words, text), unitNames);
    }

    private SearchResults results(EntityManager entityManager, SearchQuery query, SearchResult<List<?>> result, UnitNames unitNames) {
        List<SearchHit> hits = result.hits().stream().map(row -> row.get(5) != null ? toHit(row, unitNames) : fromRow(entityManager, row))
                .filter(Objects::nonNull).toList();
        return new SearchResults(result.total().hitCountLowerBound(), hits, query.page(), SearchQuery.PAGE_SIZE,
                result.total().isHitCountExact());
    }

    /** The page's hits with their scores. */
    private SearchResult<List<?>> articleHits(org.hibernate.search.mapper.orm.session.SearchSession session, long siteId,
                                              SearchQuery query, String words, String text) {
        return session.search(PublishedArticle.class)
                // What a hit shows, from the index's stored fields: loading the ten articles from the database was a
                // tenth of a search page. The page shows titles as they are: only the body is highlighted.
                .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
                        f.field("bodyText", String.class), f.field("unitCode", String.class),
                        f.field("category", String.class), f.field("publishedAt", Instant.class),
                        f.highlight("bodyText"), f.score()).asList())
                .where(f -> {
                    var bool = f.bool();
                    bool.filter(f.match().field("siteId").matching(siteId));
                    List<String> plainWords = Arrays.asList(words.replaceAll("[|()]", " ").strip().split("\\s+"));
                    if (plainWords.size() > 1) {
                        // Which articles: the same as one word's shape below. What they score: the same sum, as one
                        // flat disjunction of each word's clause in each field and the title phrase. Nested (a
                        // conjunction of each word's fields) Lucene could skip only the blocks of articles where every
                        // word's best score in the block fell short of the page, and nearly every block has a title
                        // holding one of the words; flat, block-max WAND passes over each article whose clauses
                        // cannot reach the page: the bodies holding the words, once the page is full of titles
                        // (docs/adr/0029-search-speed.md, decision 25).
                        bool.filter(wordsPresent(f, words, text));
                        bool.must(wordScores(f, plainWords, text));
                    } else {
                        // Words that stand together as typed in a title rank above the same words scattered. Titles
                        // only: the same clause on the bodies read the positions of every matching article (at
                        // 100,000 articles a third of the articles' search). The phrase is an alternative beside the
                        // words, not a `should` beside a `must`, so that Lucene can pass the lowest score that still
                        // reaches the page down to the word's clauses (decision 8).
                        bool.must(f.bool().should(wordsAnywhere(f, words)).should(titlePhrase(f, text))
                                .minimumShouldMatchNumber(1));
                    }
                    if (query.unitCode() != null) {
                        bool.filter(f.match().field("unitCode").matching(query.unitCode()));
                    }
                    if (query.category() != null) {
                        bool.filter(f.match().field("category").matching(query.category()));
                    }
                    if (query.year() != null) {
                        bool.filter(f.match().field("publishedYear").matching(query.year()));
                    }
                    return bool;
                })
                // Newest first: by the date published, the better match first among articles of the same moment.
                .sort(f -> query.order() == SearchQuery.Order.NEWEST ? newestFirst(f) : f.score())
                // From the term vectors stored at indexing: the plain highlighter analysed every body again with
                // smartcn, a third of a search's CPU. A fragment grows from 80 characters to the nearest punctuation
                // within 10 on either side: about 90, as before.
                .highlighter(f -> f.fastVector().tag(MARK_START, MARK_END).fragmentSize(80).numberOfFragments(2)
                        .boundaryScanner().chars().boundaryChars(FRAGMENT_BOUNDARIES).boundaryMaxScan(10).end())
                // Counting stops here: past it Lucene skips the blocks that cannot reach the page (WAND), and the
                // page says "N 条以上" (docs/adr/0029-search-speed.md).
                .totalHitCountThreshold(exactCountUpTo)
                .fetch((query.page() - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
    }

    /**
     * Every word (or one of its synonyms) in the title, the body or the keywords; scored, the title counts three times.
     */
    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> wordsAnywhere(
            SearchPredicateFactory f, String words) {
        return f.simpleQueryString().fields("title").boost(TITLE_WEIGHT).field("bodyText").field("keywords")
                .matching(words).flags(PLAIN_TEXT).defaultOperator(BooleanOperator.AND);
    }

    /**
     * Which articles two words or more may show: every word (or one of its synonyms) in the title, the body or the
     * keywords, or the typed words together in the title. On the in-process index as bit sets made from each word's
     * postings whole ({@link WordsPresent}): asked article by article, the conjunction of each word's three fields cost
     * as much as the scores (docs/adr/0029-search-speed.md, decision 28).
     */
    private PredicateFinalStep wordsPresent(SearchPredicateFactory f, String words, String text) {
        return org.opencounty.search.internal.InProcessArticleIndex.searchAnalyzer(entityManagerFactory)
                .<PredicateFinalStep>map(analyzer -> f.extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                        .fromLuceneQuery(org.opencounty.search.internal.WordsPresent.of(analyzer, words, text)))
                .orElseGet(() -> f.bool().should(wordsAnywhere(f, words)).should(f.phrase().field("title").matching(text)));
    }

    /**
     * What {@link #wordsAnywhere} scores plus the title phrase, as one disjunction: each word (each synonym as a word
     * of its own, as the simple query string sums them) in each field with the field's weight, and the typed words
     * together in the title.
     */
    private static PredicateFinalStep wordScores(SearchPredicateFactory f, List<String> plainWords, String text) {
        var any = f.bool();
        for (String word : plainWords) {
            any.should(f.simpleQueryString().fields("title").boost(TITLE_WEIGHT).matching(word).flags(PLAIN_TEXT)
                    .defaultOperator(BooleanOperator.AND));
            for (String field : List.of("bodyText", "keywords")) {
                any.should(f.simpleQueryString().field(field).matching(word).flags(PLAIN_TEXT).defaultOperator(BooleanOperator.AND));
            }
        }
        return any.should(titlePhrase(f, text));
    }

    /** The typed words together in the title, scored. */
    private static PredicateFinalStep titlePhrase(SearchPredicateFactory f, String text) {
        return f.phrase().field("title").boost(TITLE_PHRASE_WEIGHT).matching(text);
    }

    /**
     * By the date published, the better match first among articles of the same moment. On the in-process index with
     * Lucene's own numeric sort, which lets Lucene skip the articles older than the page's last (from the date's
     * points): Hibernate Search's sort on the field compares through a comparator of its own that skips nothing, and
     * newest first cost as much as relevance at a million articles (bench/README.md, ninth round).
     */
    private org.hibernate.search.engine.search.sort.dsl.SortFinalStep newestFirst(
            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f) {
        if (org.opencounty.search.internal.InProcessArticleIndex.isUsed(entityManagerFactory)) {
            return f.extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                    .fromLuceneSortField(new org.apache.lucene.search.SortedNumericSortField("publishedAt",
                            org.apache.lucene.search.SortField.Type.LONG, true))
                    .then().score();
        }
        return f.field("publishedAt").desc().then().score();
    }

    /** What the search page shows: one page of articles, and the first guides and fees with how many match. */
    public record SearchPage(SearchResults articles, SearchResults services) {
    }

    /**
     * The search page's two searches in one session and no transaction: both answer from the index's stored fields,
     * so neither needs the database (a session takes a connection only if a hit must be loaded from its row, see
     * {@link #fromRow}). The two read-only transactions around them were about 8 % of a one-word page (docs/adr/0029, 12).
     */
    public SearchPage page(long siteId, SearchQuery query, int maxServices) {
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            return inTurn(() -> new SearchPage(articles(session, siteId, query),
                    entries(session, siteId, query.text(), maxServices, false)));
        }
    }

    /** Service guides and fees matching the words, best first, with snippets; they are listed apart from articles. */
    @Transactional(readOnly = true)
    public List<SearchHit> services(long siteId, String text, int max) {
        return answering(() -> entries(entityManager, siteId, text, max, true)).hits();
    }

    /**
     * The first {@code max} service guides and fees matching the words, with how many match in all, without snippets:
     * the search page lists them by name (highlighting them cost every search page for nothing).
     */
    @Transactional(readOnly = true)
    public SearchResults serviceMatches(long siteId, String typed, int max) {
        return answering(() -> entries(entityManager, siteId, typed, max, false));
    }

    private SearchResults entries(EntityManager entityManager, long siteId, String typed, int max, boolean snippets) {
        String text = bounded(typed);
        if (text.isEmpty()) {
            return new SearchResults(0, List.of(), 1, max);
        }
        String words = expanded(siteId, text.strip());
        var session = Search.session(entityManager);
        if (!snippets) {
            // The page lists guides by name, kind and unit: from the index's stored fields, as the articles' hits, not
            // from their rows (loading up to five rows was most of the guides' search).
            UnitNames unitNames = units.names(siteId);
            SearchResult<List<?>> result = session.search(PublishedEntry.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field("name", String.class),
                            f.field("kind", EntryKind.class), f.field("unitCode", String.class)).asList())
                    .where(f -> entriesMatching(f, siteId, words, text)).fetch(max);
            return new SearchResults(result.total().hitCount(), result.hits().stream()
                    .map(row -> row.get(2) != null ? toServiceHit(row, unitNames) : entryFromRow(entityManager, (Long) row.get(0)))
                    .filter(Objects::nonNull).toList(), 1, max);
        }
        SearchResult<List<?>> result = session.search(PublishedEntry.class)
                .select(f -> f.composite(f.entity(), f.highlight("searchText")))
                .where(f -> entriesMatching(f, siteId, words, text))
                // From term vectors too (the guides' searchText is Highlightable.ANY): no smartcn per guide.
                .highlighter(f -> f.fastVector().tag(MARK_START, MARK_END).fragmentSize(50).numberOfFragments(1)
                        .boundaryScanner().chars().boundaryChars(FRAGMENT_BOUNDARIES).boundaryMaxScan(10).end())
                .fetch(max);
        return new SearchResults(result.total().hitCount(), result.hits().stream().map(SiteSearch::toServiceHit).toList(), 1, max);
    }

    private static PredicateFinalStep entriesMatching(SearchPredicateFactory f, long siteId, String words, String text) {
        var bool = f.bool();
        bool.filter(f.match().field("siteId").matching(siteId));
        bool.must(f.simpleQueryString().fields("name").boost(4.0f).field("searchText")
                .matching(words).flags(PLAIN_TEXT).defaultOperator(BooleanOperator.AND));
        bool.should(f.phrase().field("name").boost(4.0f).matching(text));
        return bool;
    }

    /**
     * For a search that found nothing: titles of guides and articles sharing any of its words (whatever the rest),
     * best first, so that a typo or one word too many still leads somewhere.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> closeMatches(long siteId, String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return answering(() -> close(siteId, text, max));
    }

    private List<SearchHit> close(long siteId, String text, int max) {
        String words = expanded(siteId, text.strip());
        var session = Search.session(entityManager);
        List<SearchHit> close = new java.util.ArrayList<>(session.search(PublishedEntry.class)
                .select(f -> f.composite(f.entity(), f.highlight("searchText")))
                .where(f -> f.bool().filter(f.match().field("siteId").matching(siteId))
                        .must(f.simpleQueryString().field("name").matching(words).flags(PLAIN_TEXT).defaultOperator(BooleanOperator.OR)))
                .highlighter(f -> f.plain().tag(MARK_START, MARK_END).fragmentSize(60).numberOfFragments(1))
                .fetchHits(max).stream().map(SiteSearch::toServiceHit).toList());
        session.search(PublishedArticle.class)
                .select(f -> f.composite(f.entity(), f.highlight("bodyText"), f.highlight("title")))
                .where(f -> f.bool().filter(f.match().field("siteId").matching(siteId))
                        .must(f.simpleQueryString().field("title").matching(words).flags(PLAIN_TEXT).defaultOperator(BooleanOperator.OR)))
                .highlighter(f -> f.plain().tag(MARK_START, MARK_END).fragmentSize(90).numberOfFragments(1))
                .fetchHits(max).stream().map(SiteSearch::toHit).forEach(close::add);
        return close.stream().limit(max).toList();
    }

    /** A guide or fee from the projected fields ({@link #entries}), its unit named as the site names it now. */
    private static SearchHit toServiceHit(List<?> row, UnitNames unitNames) {
        Long id = (Long) row.get(0);
        EntryKind kind = (EntryKind) row.get(2);
        String unitCode = (String) row.get(3);
        return new SearchHit((String) row.get(1), PublishedEntry.url(kind, id), "", unitCode, unitNames.nameOf(unitCode, unitCode),
                kind == EntryKind.ITEM ? SearchHit.SERVICE_ITEM : SearchHit.FEE, null);
    }

    /** A guide indexed before its kind was stored, until the start-up rewrite reaches it: shown from its row. */
    private static SearchHit entryFromRow(EntityManager entityManager, Long id) {
        PublishedEntry entry = entityManager.find(PublishedEntry.class, id);
        return entry == null ? null : toServiceHit(Arrays.asList(entry));
    }

    @SuppressWarnings("unchecked")
    private static SearchHit toServiceHit(List<?> row) {
        PublishedEntry entry = (PublishedEntry) row.get(0);
        List<String> highlights = row.size() > 1 ? (List<String>) row.get(1) : List.of();
        String snippet = highlights.isEmpty() ? "" : mark(highlights.getFirst());
        return new SearchHit(entry.name(), entry.url(), snippet, entry.unitCode(), entry.unitName(),
                entry.kind() == EntryKind.ITEM ? SearchHit.SERVICE_ITEM : SearchHit.FEE, entry.publishedAt());
    }

    /**
     * A hit from the projected fields ({@link #articles}). The unit is named as the site names it now; a code the site
     * no longer has shows as it is.
     */
    @SuppressWarnings("unchecked")
    private static SearchHit toHit(List<?> row, UnitNames unitNames) {
        String body = (String) row.get(2);
        List<String> bodyHighlights = (List<String>) row.get(6);
        String unitCode = (String) row.get(3);
        return new SearchHit((String) row.get(1), PublishedArticle.url((Long) row.get(0)), snippet(body, bodyHighlights),
                unitCode, unitNames.nameOf(unitCode, unitCode), (String) row.get(4), (Instant) row.get(5));
    }

    /** The marked fragments, or the body's beginning when the words were found elsewhere (title, keywords). */
    private static String snippet(String body, List<String> bodyHighlights) {
        return bodyHighlights.isEmpty()
                ? escape(body.length() > 120 ? body.substring(0, 120) + "…" : body)
                : String.join(" … ", bodyHighlights.stream().map(SiteSearch::mark).toList());
    }

    /** A document indexed before the fields were stored, until the start-up rewrite reaches it: shown from its row. */
    private static SearchHit fromRow(EntityManager entityManager, List<?> row) {
        PublishedArticle article = entityManager.find(PublishedArticle.class, row.get(0));
        return article == null ? null : toHit(Arrays.asList(article, row.get(6)));
    }

    @SuppressWarnings("unchecked")
    private static SearchHit toHit(List<?> row) {
        PublishedArticle article = (PublishedArticle) row.get(0);
        String snippet = snippet(article.bodyText(), (List<String>) row.get(1));
        return new SearchHit(article.title(), article.url(), snippet, article.unitCode(), article.unitName(),
                article.category().code(), article.publishedAt());
    }

    /** Escapes the text first, then turns the highlighter's private markers into {@code <mark>}, so only our tags remain. */
    private static String mark(String fragment) {
        // Pieces of one word marked apart (smartcn's 骆驼 and 刺 of 骆驼刺) are shown as the one word they are.
        return escape(fragment).replace(MARK_END + MARK_START, "").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", " ");
    }
}
