package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencounty.TimeMachine;
import org.opencounty.units.Unit;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * "Extranet connected" is asked of whatever implements the seam: without one the condition is unmet and cannot be
 * checked; with one it holds from the moment the registry gives.
 */
@Tag("fast")
class ExtranetConditionTest {

    private static final Instant CONNECTED = Instant.parse("2026-06-10T03:00:00Z");

    private final Task task = new Task(1, new TaskOrder("接入电子政务外网", "", "", "", LocalDate.of(2026, 6, 15), null, List.of("a"),
            List.of(), false, new TaskCondition(ConditionKind.EXTRANET_CONNECTED, null, null, null)), LocalDate.of(2026, 6, 15), "center",
            Instant.parse("2026-04-26T01:30:00Z"));

    private static ConditionChecks checks(Map<String, Object> beans) {
        StaticListableBeanFactory factory = new StaticListableBeanFactory(beans);
        return new ConditionChecks(null, null, null, factory.getBeanProvider(ExtranetConnections.class), Clock.fixed(TimeMachine.START,
                TimeMachine.START.atZone(java.time.ZoneOffset.UTC).getZone()));
    }

    private static Unit unit(long id) {
        Unit unit = mock(Unit.class);
        when(unit.id()).thenReturn(id);
        return unit;
    }

    @Test
    void withoutTheRegistryTheConditionIsUnmetAndNotCheckable() {
        ConditionChecks checks = checks(Map.of());
        assertThat(checks.checkable(ConditionKind.EXTRANET_CONNECTED)).isFalse();
        assertThat(checks.checkable(ConditionKind.CONTACTS)).isTrue();
        assertThat(checks.metSince(task, unit(7))).isEmpty();
    }

    @Test
    void withTheRegistryTheConnectionsMomentCounts() {
        ExtranetConnections registry = unitId -> unitId == 7 ? Optional.of(CONNECTED) : Optional.empty();
        ConditionChecks checks = checks(Map.of("registry", registry));
        assertThat(checks.checkable(ConditionKind.EXTRANET_CONNECTED)).isTrue();
        assertThat(checks.metSince(task, unit(7))).contains(CONNECTED);
        assertThat(checks.metSince(task, unit(8))).isEmpty();
        assertThat(UnitTaskState.of(Fulfilment.CONDITION, null, CONNECTED, task.deadline(), TimeMachine.START)).isEqualTo(UnitTaskState.DONE_ON_TIME);
    }
}
