package org.opencounty.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.calendar.CalendarAdministration;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading the shipped years at start is idempotent and keeps what administrators set. */
class ShippedCalendarLoaderTest extends IntegrationTest {

    @Autowired
    private ShippedCalendarLoader loader;

    @Autowired
    private CalendarAdministration administration;

    @Autowired
    private WorkingDays workingDays;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aSecondStartLoadsNothingAgain() {
        long days = count("select count(*) from calendar_day");
        long years = count("select count(*) from calendar_year");
        long loads = count("select count(*) from audit_entry where action = 'calendar.year.load' and actor = 'system'");

        loader.loadShippedYears();

        assertThat(count("select count(*) from calendar_day")).isEqualTo(days);
        assertThat(count("select count(*) from calendar_year")).isEqualTo(years);
        assertThat(count("select count(*) from audit_entry where action = 'calendar.year.load' and actor = 'system'")).isEqualTo(loads);
    }

    @Test
    void aYearLoadedLaterKeepsTheDaysAnAdministratorSetBefore() {
        // As if 2018 had not been shipped yet, and an administrator had entered 国庆节 2018-10-01 as worked.
        jdbc.sql("delete from calendar_year where region = 'CN' and year = 2018").update();
        jdbc.sql("delete from calendar_day where region = 'CN' and day between '2018-01-01' and '2018-12-28'").update();
        jdbc.sql("insert into calendar_day (region, day, is_off_day, name, source) values ('CN', '2018-10-01', false, '测试', 'admin')").update();

        loader.loadShippedYears();

        assertThat(jdbc.sql("select source || ' ' || is_off_day from calendar_day where region = 'CN' and day = '2018-10-01'")
                .query(String.class).single()).isEqualTo("admin false");
        assertThat(count("select count(*) from calendar_day where region = 'CN' and day between '2018-01-01' and '2018-12-28'"))
                .isEqualTo(ShippedCalendarLoaderTest.shippedDays(2018));
        assertThat(count("select count(*) from calendar_year where region = 'CN' and year = 2018")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'calendar.year.load' and target = 'calendar:CN:2018' "
                + "and details like '%保留管理员已设置的 1 天%'")).isEqualTo(1);
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2018-10-01"), Region.CN)).isTrue();

        Actor admin = new Actor(0, "admin", "管理员", Set.of(Role.CENTER_ADMIN), 1L, "center", "县电子政务中心", 1);
        administration.removeDay(admin, Region.CN, LocalDate.parse("2018-10-01"));

        assertThat(workingDays.isWorkingDay(LocalDate.parse("2018-10-01"), Region.CN)).isFalse();
        assertThat(jdbc.sql("select source || ' ' || name from calendar_day where region = 'CN' and day = '2018-10-01'")
                .query(String.class).single()).isEqualTo("shipped 国庆节");
    }

    private static long shippedDays(int year) {
        return new ShippedCalendar().files(Region.CN).get(year).days().size();
    }
}
