package org.opencounty.catalogue.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.catalogue.ServiceTarget;

/** Each filter given adds a fixed condition with its value bound; a filter left out adds nothing. */
class PublishedItemQueriesImpl implements PublishedItemQueries {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<PublishedEntry> items(long siteId, PublishedCatalogue.Filter filter, long offset, int limit) {
        return items(siteId, null, filter, offset, limit);
    }

    @Override
    public long countItems(long siteId, PublishedCatalogue.Filter filter) {
        return countItems(siteId, null, filter);
    }

    @Override
    public List<PublishedEntry> items(long siteId, Collection<Long> unitIds, PublishedCatalogue.Filter filter, long offset, int limit) {
        if (offset >= Integer.MAX_VALUE) {
            return List.of();
        }
        // Names by code point, as Java compares strings, whatever the database's default collation; the id keeps
        // pages apart where names repeat.
        return query("select e from PublishedEntry e", " order by e.unitId, collate(e.name as ucs_basic), e.entryId", PublishedEntry.class,
                siteId, unitIds, filter)
                .setFirstResult((int) offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countItems(long siteId, Collection<Long> unitIds, PublishedCatalogue.Filter filter) {
        return query("select count(e) from PublishedEntry e", "", Long.class, siteId, unitIds, filter).getSingleResult();
    }

    @Override
    public Map<Long, Long> countsByUnit(long siteId, PublishedCatalogue.Filter filter) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        query("select e.unitId, count(e) from PublishedEntry e", " group by e.unitId", Object[].class, siteId, null, filter)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, long siteId, Collection<Long> unitIds,
                                   PublishedCatalogue.Filter filter) {
        StringBuilder where = new StringBuilder(" where e.siteId = :siteId and e.kind = :kind");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("siteId", siteId);
        parameters.put("kind", EntryKind.ITEM);
        and(where, parameters, "e.unitCode = :unitCode", "unitCode", filter.unitCode());
        and(where, parameters, "e.unitId in :unitIds", "unitIds", unitIds == null ? null : unitIds.isEmpty() ? List.of(-1L) : unitIds);
        and(where, parameters, "e.itemType = :type", "type", filter.type());
        and(where, parameters, "e.target in :targets", "targets", filter.target() == null ? null
                : Stream.of(ServiceTarget.values()).filter(t -> t.serves(filter.target())).map(Enum::name).toList());
        and(where, parameters, "e.online = :online", "online", filter.online());
        and(where, parameters, "(locate(:text, e.name) > 0 or locate(:text, e.searchText) > 0)", "text", filter.text());
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Adds the condition, whose parameter is {@code name}, unless the value is left out. */
    private static void and(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
