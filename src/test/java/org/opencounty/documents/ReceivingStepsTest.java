package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.Role;
import org.opencounty.documents.ReceivingSteps.Step;

@Tag("fast")
class ReceivingStepsTest {

    static Actor person(String username, long unit, Role... roles) {
        return new Actor(1, username, username, Set.of(roles), unit, "u" + unit, "单位" + unit, 1);
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(RecipientState.DELIVERED, Step.RECEIVE, RecipientState.SIGNED),
                Arguments.of(RecipientState.SIGNED, Step.ACCEPT, RecipientState.ACCEPTED),
                Arguments.of(RecipientState.SIGNED, Step.RETURN, RecipientState.RETURNED),
                Arguments.of(RecipientState.ACCEPTED, Step.CIRCULATE, RecipientState.READING),
                Arguments.of(RecipientState.ACCEPTED, Step.PROPOSE, RecipientState.PROPOSED),
                Arguments.of(RecipientState.PROPOSED, Step.INSTRUCT, RecipientState.HANDLING),
                Arguments.of(RecipientState.HANDLING, Step.REPLY, RecipientState.REPLIED),
                Arguments.of(RecipientState.REPLIED, Step.CLOSE, RecipientState.DONE),
                Arguments.of(RecipientState.READING, Step.CLOSE, RecipientState.DONE));
    }

    @ParameterizedTest(name = "{1} from {0} leads to {2}")
    @MethodSource
    void transitions(RecipientState from, Step step, RecipientState to) {
        assertThat(ReceivingSteps.next(from, step)).isEqualTo(to);
    }

    static Stream<Arguments> refused() {
        return Stream.of(Arguments.of(RecipientState.SIGNED, Step.RECEIVE), Arguments.of(RecipientState.DELIVERED, Step.ACCEPT),
                Arguments.of(RecipientState.ACCEPTED, Step.REPLY), Arguments.of(RecipientState.DONE, Step.CLOSE),
                Arguments.of(RecipientState.RETURNED, Step.ACCEPT));
    }

    @ParameterizedTest(name = "{1} cannot start from {0}")
    @MethodSource
    void refused(RecipientState from, Step step) {
        assertThatThrownBy(() -> ReceivingSteps.next(from, step)).isInstanceOf(ConflictException.class);
    }

    static Stream<Arguments> whoMay() {
        ReceivingSteps.Facts copy = new ReceivingSteps.Facts(1, 20, RecipientState.DELIVERED, "handler", false);
        ReceivingSteps.Facts reading = new ReceivingSteps.Facts(1, 20, RecipientState.READING, "handler", true);
        return Stream.of(
                Arguments.of(Step.RECEIVE, copy, person("officer", 20, Role.INFO_OFFICER), true),
                Arguments.of(Step.RECEIVE, copy, person("officer", 21, Role.INFO_OFFICER), false),
                Arguments.of(Step.RECEIVE, copy, person("handler", 20, Role.CASE_HANDLER), false),
                Arguments.of(Step.INSTRUCT, copy, person("officer", 20, Role.INFO_OFFICER), false),
                Arguments.of(Step.INSTRUCT, copy, person("leader", 20, Role.UNIT_LEADER), true),
                Arguments.of(Step.REPLY, copy, person("handler", 20, Role.CASE_HANDLER), true),
                Arguments.of(Step.REPLY, copy, person("officer", 20, Role.INFO_OFFICER), false),
                Arguments.of(Step.READ, reading, person("reader", 20, Role.CASE_HANDLER), true),
                Arguments.of(Step.READ, copy, person("reader", 20, Role.CASE_HANDLER), false));
    }

    @ParameterizedTest(name = "{0} by {2}: {3}")
    @MethodSource
    void whoMay(Step step, ReceivingSteps.Facts facts, Actor actor, boolean allowed) {
        assertThat(ReceivingSteps.refusal(actor, step, facts).isEmpty()).isEqualTo(allowed);
    }
}
