package org.opencounty.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's table 三 for a unit and year, computed from its disclosure requests (one grouped statement), and
 * the balance check of a table as a unit corrects it by hand: 一 + 二 = 三（七） + 四 per column, sub-rows adding up.
 */
@Service
public class AnnualReports {

    /** 422: the table does not balance; {@code failingColumns} names the columns. */
    public static class Unbalanced extends DomainException {
        private final List<String> failing;

        Unbalanced(List<String> failing) {
            super("BALANCE_FAILED", "第三部分表格不平衡（一 + 二 应等于 三（七） + 四，各分项之和应等于合计）：" + String.join("、", failing), Map.of());
            this.failing = List.copyOf(failing);
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("failingColumns", failing);
        }

        @Override
        public int status() {
            return 422;
        }
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final InteractionPermissions permissions;

    AnnualReports(JdbcClient jdbc, Units units, InteractionPermissions permissions) {
        this.jdbc = jdbc;
        this.units = units;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public RequestTable requests(Actor actor, long siteId, int year, String unitCode) {
        return compute(unit(actor, siteId, year, unitCode).id(), year);
    }

    /** Table 三 of a unit's year from its requests: those received by the year's end and still open at its start. */
    RequestTable compute(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<RequestTable.Fact> facts = jdbc.sql("""
                select applicant_type, organisation_kind, received_on, outcome, outcome_reason,
                       case when state in ('ANSWERED','CORRECTION_LAPSED','FEE_UNPAID') then answered_on end as closed_on
                from disclosure_request
                where unit_id = :unit and received_on <= :last
                  and (state not in ('ANSWERED','CORRECTION_LAPSED','FEE_UNPAID') or answered_on >= :first)""")
                .param("unit", unitId).param("first", first).param("last", last)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    String column = "NATURAL".equals(rs.getString("applicant_type")) ? "NATURAL"
                            : rs.getString("organisation_kind") == null ? "OTHER" : rs.getString("organisation_kind");
                    return new RequestTable.Fact(column, rs.getObject("received_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                            outcome == null ? null : RequestTable.resultRow(Outcome.valueOf(outcome), rs.getString("outcome_reason")));
                }).list();
        return RequestTable.of(year, facts);
    }

    /** Checks a table as corrected by hand; refuses it with the failing columns. */
    public RequestTable check(Actor actor, long siteId, int year, String unitCode, Map<String, long[]> cells) {
        unit(actor, siteId, year, unitCode);
        requireShape(cells);
        RequestTable table = new RequestTable(cells);
        List<String> failing = table.failingColumns();
        if (!failing.isEmpty()) {
            throw new Unbalanced(failing);
        }
        return table;
    }

    /** Refuses a corrected table with unknown rows, rows of the wrong width or negative counts (400, nothing changed). */
    static void requireShape(Map<String, long[]> cells) {
        for (var entry : cells.entrySet()) {
            if (RequestTable.ROWS.stream().noneMatch(row -> row.key().equals(entry.getKey()))) {
                throw InvalidInputException.field("rows", "未知的行：" + entry.getKey());
            }
            if (entry.getValue() == null || entry.getValue().length != RequestTable.COLUMNS.size()) {
                throw InvalidInputException.field("rows", entry.getKey() + " 应有 " + RequestTable.COLUMNS.size() + " 列");
            }
            for (long value : entry.getValue()) {
                if (value < 0) {
                    throw InvalidInputException.field("rows", entry.getKey() + " 不能为负数");
                }
            }
        }
    }

    private Unit unit(Actor actor, long siteId, int year, String unitCode) {
        if (year < 2008 || year > 2100) {
            throw InvalidInputException.field("year", "年度不正确");
        }
        Unit unit = units.find(siteId, unitCode == null ? "" : unitCode).orElseThrow(() -> InvalidInputException.field("unit", "单位不存在"));
        if (!permissions.canSee(actor, siteId, unit.id())) {
            throw new NotAllowedException("只能查看本单位的年度报告");
        }
        return unit;
    }
}
