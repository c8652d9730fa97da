package org.opencounty.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The center's list of search synonyms (同义词): groups of words visitors use for the same thing. Only the site's
 * center administrator changes it, every change is audited, and it is applied when a search runs, so the index
 * never needs rebuilding after a change.
 */
@Service
public class SearchSynonyms {

    /** One group of equivalent words, in the order the administrator wrote them. */
    public record Group(long id, List<String> words, String createdBy) {

        public String label() {
            return String.join(" / ", words);
        }
    }

    static final int MAX_WORD = 20;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；/／|]+");
    // Characters the query syntax gives a meaning to; a synonym must be a plain word.
    private static final Pattern SYNTAX = Pattern.compile("[\"()*~+\\-|\\\\]");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /**
     * Each site's groups as searches expand with them: read on every search before (twice a page: articles and
     * guides). A change made here is seen by the next search; one made on another node within a minute.
     */
    private final Cache<Long, List<Group>> forSearch = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    private final ApplicationEventPublisher events;

    SearchSynonyms(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Group> all(long siteId) {
        return jdbc.sql("select id, words, created_by from search_synonym where site_id = :site order by id")
                .param("site", siteId)
                .query((rs, n) -> new Group(rs.getLong("id"), List.of(rs.getString("words").split(" ")), rs.getString("created_by")))
                .list();
    }

    @Transactional
    public Group add(Actor actor, long siteId, String text) {
        requireAdministrator(actor, siteId);
        List<String> words = words(text);
        Map<String, String> errors = new LinkedHashMap<>();
        if (words.size() < 2) {
            errors.put("words", "请填写至少两个意思相同的词语，用空格或顿号分开");
        } else if (words.stream().anyMatch(w -> w.length() > MAX_WORD || SYNTAX.matcher(w).find())) {
            errors.put("words", "每个词语不超过" + MAX_WORD + "字，且不能含有引号、括号、* ~ + - | 等符号");
        } else if (String.join(" ", words).length() > 200) {
            errors.put("words", "一组同义词合计不超过200字");
        } else {
            for (Group group : all(siteId)) {
                if (new LinkedHashSet<>(group.words()).equals(new LinkedHashSet<>(words))) {
                    errors.put("words", "这组同义词已在列表中");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String joined = String.join(" ", words);
        long id = jdbc.sql("insert into search_synonym (site_id, words, created_by) values (:site, :w, :by) returning id")
                .param("site", siteId).param("w", joined).param("by", actor.username()).query(Long.class).single();
        audit.record(actor.username(), actor.unitCode(), "search.synonym.add", "synonym:" + id, AuditResult.SUCCESS, joined);
        forgetAfterCommit(siteId);
        events.publishEvent(new SearchSynonymsChanged(siteId, actor.username()));
        return new Group(id, words, actor.username());
    }

    @Transactional
    public void remove(Actor actor, long siteId, long id) {
        requireAdministrator(actor, siteId);
        Group group = all(siteId).stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("该组同义词不存在"));
        jdbc.sql("delete from search_synonym where id = :id and site_id = :site").param("id", id).param("site", siteId).update();
        audit.record(actor.username(), actor.unitCode(), "search.synonym.remove", "synonym:" + id, AuditResult.SUCCESS, String.join(" ", group.words()));
        forgetAfterCommit(siteId);
        events.publishEvent(new SearchSynonymsChanged(siteId, actor.username()));
    }

    /**
     * The visitor's words with every listed word replaced by the alternatives of its group, in the query syntax
     * ({@code (供暖 | 供热)}); the longest listed word wins where two overlap (营业执照 before 执照).
     */
    public String expand(long siteId, String text) {
        return expand(forSearch.get(siteId, this::all), text);
    }

    /** Searches see the change once it has committed (a search meanwhile would keep the old list for a minute). */
    private void forgetAfterCommit(long siteId) {
        forSearch.invalidate(siteId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forSearch.invalidate(siteId);
            }
        });
    }

    static String expand(List<Group> groups, String text) {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (Group group : groups) {
            for (String word : group.words()) {
                alternatives.computeIfAbsent(word, w -> new ArrayList<>());
                for (String other : group.words()) {
                    if (!alternatives.get(word).contains(other)) {
                        alternatives.get(word).add(other);
                    }
                }
            }
        }
        List<String> longestFirst = alternatives.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder expanded = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            final int from = at;
            String word = longestFirst.stream().filter(w -> text.startsWith(w, from)).findFirst().orElse(null);
            if (word == null) {
                expanded.append(text.charAt(at++));
            } else {
                expanded.append(" (").append(String.join(" | ", alternatives.get(word))).append(") ");
                at += word.length();
            }
        }
        return expanded.toString().strip().replaceAll(" {2,}", " ");
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(SEPARATORS.split(text.strip())).filter(w -> !w.isEmpty()).toList()));
    }

    private static void requireAdministrator(Actor actor, long siteId) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN) || actor.siteId() != siteId) {
            throw new NotAllowedException("只有本站的中心管理员可以维护搜索同义词");
        }
    }
}
