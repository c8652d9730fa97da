package org.opencounty.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each site's list of prohibited terms, kept by its center. Only the site's center administrators change it, and
 * every change is audited; one county's list never screens another county's content.
 */
@Service
public class ScreeningTerms {

    public record Term(long id, String term, String category, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ScreeningTerms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Term> all(long siteId) {
        return jdbc.sql("select id, term, category, created_by from screening_term where site_id = :site order by category, term")
                .param("site", siteId)
                .query((rs, n) -> new Term(rs.getLong("id"), rs.getString("term"), rs.getString("category"), rs.getString("created_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<ProhibitedTerm> forScreening(long siteId) {
        return all(siteId).stream().map(term -> new ProhibitedTerm(term.term(), term.category())).toList();
    }

    @Transactional
    public Term add(Actor actor, String term, String category) {
        requireAdministrator(actor);
        String cleanTerm = term == null ? "" : term.strip();
        String cleanCategory = category == null ? "" : category.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanTerm.isEmpty() || cleanTerm.length() > 100) {
            errors.put("term", "请填写词语（不超过100字）");
        } else if (jdbc.sql("select count(*) from screening_term where site_id = :site and lower(term) = lower(:t)")
                .param("site", actor.siteId()).param("t", cleanTerm)
                .query(Long.class).single() > 0) {
            errors.put("term", "该词语已在列表中");
        }
        if (cleanCategory.isEmpty() || cleanCategory.length() > 50) {
            errors.put("category", "请填写类别（不超过50字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("insert into screening_term (site_id, term, category, created_by) values (:site, :t, :c, :by) returning id")
                .param("site", actor.siteId()).param("t", cleanTerm).param("c", cleanCategory).param("by", actor.username()).query(Long.class).single();
        audit.record("screening.term.add", "term:" + id, AuditResult.SUCCESS, cleanCategory + ": " + cleanTerm);
        return new Term(id, cleanTerm, cleanCategory, actor.username());
    }

    @Transactional
    public void remove(Actor actor, long id) {
        requireAdministrator(actor);
        Term term = all(actor.siteId()).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("该词语不存在"));
        jdbc.sql("delete from screening_term where id = :id and site_id = :site").param("id", id).param("site", actor.siteId()).update();
        audit.record("screening.term.remove", "term:" + id, AuditResult.SUCCESS, term.category() + ": " + term.term());
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以维护禁用词表");
        }
    }
}
