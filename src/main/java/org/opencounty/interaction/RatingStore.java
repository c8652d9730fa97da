package org.opencounty.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.common.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ratings; one per message or application (the unique key settles a race), every change checks the version read. */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewRating(long siteId, Long unitId, String subject, long subjectId, Long accountId, RatingLevel level, int overall,
                     int efficiency, int attitude, String comment, LocalDate ratedOn, RatingState state, LocalDate followUpDue) {
    }

    boolean exists(String subject, long subjectId) {
        return jdbc.sql("select count(*) from interaction_rating where subject = :subject and subject_id = :id")
                .param("subject", subject).param("id", subjectId).query(Long.class).single() > 0;
    }

    long insert(NewRating r) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into interaction_rating (site_id, unit_id, subject, subject_id, account_id, level, overall, efficiency, attitude,
                        comment, rated_on, state, follow_up_due)
                    values (:site, :unit, :subject, :subjectId, :account, :level, :overall, :efficiency, :attitude, :comment, :ratedOn,
                        :state, :due)""")
                    .param("site", r.siteId()).param("unit", r.unitId()).param("subject", r.subject()).param("subjectId", r.subjectId())
                    .param("account", r.accountId()).param("level", r.level().name()).param("overall", r.overall())
                    .param("efficiency", r.efficiency()).param("attitude", r.attitude()).param("comment", r.comment())
                    .param("ratedOn", r.ratedOn()).param("state", r.state().name()).param("due", r.followUpDue())
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw RatingHandling.alreadyRated();
        }
        return key.getKeyAs(Long.class);
    }

    Optional<Rating> find(long id) {
        return jdbc.sql("select * from interaction_rating where id = :id").param("id", id).query(RatingStore::rating).optional();
    }

    /** Sets the given columns of the rating read at its version; a concurrent change makes this a 409. */
    void update(Rating read, String assignments, Map<String, ?> params) {
        var statement = jdbc.sql("update interaction_rating set " + assignments + ", version = version + 1 where id = :id and version = :version")
                .param("id", read.id()).param("version", read.version());
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        if (statement.update() != 1) {
            throw new ConflictException("STALE_VERSION", "该评价已被他人处理，请刷新后重试");
        }
    }

    List<Rating> list(long siteId, List<Long> units, int limit, long offset) {
        return list(siteId, units, null, RatingFilter.NONE, null, limit, offset);
    }

    long count(long siteId, List<Long> units) {
        return count(siteId, units, null, RatingFilter.NONE, null);
    }

    /** The ratings of the scope ({@code units} null: the whole site) the filter keeps, open follow-ups first, the earliest due first. */
    List<Rating> list(long siteId, List<Long> units, Long unitId, RatingFilter filter, LocalDate today, int limit, long offset) {
        Where where = where(siteId, units, unitId, filter, today);
        return jdbc.sql("select * from interaction_rating where " + where.sql()
                        + " order by (state in ('RECORDED', 'CLOSED')), follow_up_due, id desc limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset).query(RatingStore::rating).list();
    }

    long count(long siteId, List<Long> units, Long unitId, RatingFilter filter, LocalDate today) {
        Where where = where(siteId, units, unitId, filter, today);
        return jdbc.sql("select count(*) from interaction_rating where " + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** How many of the filtered ratings have a level (null: excluded by an upheld appeal, counted apart). */
    record LevelTally(RatingLevel level, long count) {
    }

    List<LevelTally> levels(long siteId, List<Long> units, Long unitId, RatingFilter filter, LocalDate today) {
        Where where = where(siteId, units, unitId, filter, today);
        return jdbc.sql("select case when excluded then null else level end as level, count(*) n from interaction_rating where " + where.sql()
                        + " group by 1").params(where.params())
                .query((rs, n) -> new LevelTally(rs.getString("level") == null ? null : RatingLevel.valueOf(rs.getString("level")),
                        rs.getLong("n"))).list();
    }

    /** One group of a period's counted ratings for the public figures: a unit, a level, a state, how many. */
    record PeriodTally(Long unitId, RatingLevel level, RatingState state, long count) {
    }

    /** The ratings that count (an upheld appeal excludes one) given from {@code from} to {@code to}, grouped for the public figures. */
    List<PeriodTally> periodTallies(long siteId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select unit_id, level, state, count(*) n from interaction_rating
                        where site_id = :site and not excluded and rated_on between :from and :to group by unit_id, level, state""")
                .param("site", siteId).param("from", from).param("to", to)
                .query((rs, n) -> new PeriodTally((Long) rs.getObject("unit_id"), RatingLevel.valueOf(rs.getString("level")),
                        RatingState.valueOf(rs.getString("state")), rs.getLong("n"))).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** The filter as SQL with named parameters only: the values a user chose never become SQL text. */
    private static Where where(long siteId, List<Long> units, Long unitId, RatingFilter filter, LocalDate today) {
        StringBuilder sql = new StringBuilder("site_id = :site");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("site", siteId);
        if (units != null) {
            sql.append(" and unit_id in (:units)");
            params.put("units", units.isEmpty() ? List.of(-1L) : units);
        }
        if (unitId != null) {
            sql.append(" and unit_id = :unit");
            params.put("unit", unitId);
        }
        if ("BAD".equals(filter.level())) {
            sql.append(" and level in ('DISSATISFIED', 'VERY_DISSATISFIED')");
        } else if (!filter.level().isEmpty()) {
            sql.append(" and level = :level");
            params.put("level", filter.level());
        }
        if (filter.item() != null) {
            sql.append(switch (filter.item()) {
                case OVERALL -> " and overall <= 2";
                case EFFICIENCY -> " and efficiency <= 2";
                case ATTITUDE -> " and attitude <= 2";
            });
        }
        switch (filter.state()) {
            case "" -> {
            }
            case "OPEN" -> sql.append(" and state in ('FOLLOW_UP_OPEN', 'FOLLOWED_UP') and not excluded");
            case "OVERDUE" -> {
                sql.append(" and state in ('FOLLOW_UP_OPEN', 'FOLLOWED_UP') and not excluded and follow_up_due < :today");
                params.put("today", today);
            }
            case "APPEAL_PENDING" -> sql.append(" and appeal_state = 'PENDING'");
            default -> {
                sql.append(" and state = :state");
                params.put("state", filter.state());
            }
        }
        if (filter.from() != null) {
            sql.append(" and rated_on between :from and :to");
            params.put("from", filter.from());
            params.put("to", filter.to());
        }
        return new Where(sql.toString(), params);
    }

    /** One group of counted ratings: a unit, a level and the three item scores, with how many ratings have them. */
    record Tally(Long unitId, RatingLevel level, int overall, int efficiency, int attitude, long count) {
    }

    /** The ratings that count (an upheld appeal excludes one), grouped for the public aggregates. */
    List<Tally> tallies(long siteId, Long unitId) {
        String scope = unitId == null ? "" : " and unit_id = :unit";
        var query = jdbc.sql("select unit_id, level, overall, efficiency, attitude, count(*) n from interaction_rating where site_id = :site"
                + " and not excluded" + scope + " group by unit_id, level, overall, efficiency, attitude").param("site", siteId);
        if (unitId != null) {
            query = query.param("unit", unitId);
        }
        return query.query((rs, n) -> new Tally((Long) rs.getObject("unit_id"), RatingLevel.valueOf(rs.getString("level")),
                rs.getInt("overall"), rs.getInt("efficiency"), rs.getInt("attitude"), rs.getLong("n"))).list();
    }

    static Rating rating(ResultSet rs, int n) throws SQLException {
        return new Rating(rs.getLong("id"), rs.getLong("site_id"), (Long) rs.getObject("unit_id"), rs.getString("subject"),
                rs.getLong("subject_id"), RatingLevel.valueOf(rs.getString("level")), rs.getInt("overall"), rs.getInt("efficiency"),
                rs.getInt("attitude"), rs.getString("comment"), rs.getObject("rated_on", LocalDate.class),
                RatingState.valueOf(rs.getString("state")), rs.getObject("follow_up_due", LocalDate.class), rs.getString("follow_up_note"),
                rs.getString("follow_up_by"), rs.getString("rectification_kind"), rs.getString("rectification_note"),
                rs.getString("rectified_by"), rs.getString("appeal_state"), rs.getString("appeal_reason"), rs.getString("appealed_by"),
                rs.getString("appeal_decision"), rs.getString("appeal_decided_by"), rs.getBoolean("excluded"), rs.getLong("version"));
    }
}
