package org.opencounty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.Role;
import org.opencounty.documents.SendingChain.Facts;
import org.opencounty.documents.SendingChain.Step;

@Tag("fast")
class SendingChainTest {

    static final long SITE = 1;
    static final long OFFICE = 10;

    static Actor person(String username, long unit, long site, Role... roles) {
        return new Actor(1, username, username, Set.of(roles), unit, "u" + unit, "单位" + unit, site);
    }

    static Facts at(DocumentState state) {
        return new Facts(SITE, OFFICE, state, "drafter", "reviewer", "signer");
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(DocumentState.DRAFT, Step.SUBMIT, DocumentState.PENDING_REVIEW),
                Arguments.of(DocumentState.RETURNED, Step.SUBMIT, DocumentState.PENDING_REVIEW),
                Arguments.of(DocumentState.PENDING_REVIEW, Step.REVIEW, DocumentState.PENDING_SIGNATURE),
                Arguments.of(DocumentState.PENDING_SIGNATURE, Step.SIGN, DocumentState.PENDING_CHECK),
                Arguments.of(DocumentState.PENDING_CHECK, Step.CHECK, DocumentState.PENDING_REGISTRATION),
                Arguments.of(DocumentState.PENDING_REGISTRATION, Step.REGISTER, DocumentState.REGISTERED),
                Arguments.of(DocumentState.REGISTERED, Step.DISPATCH, DocumentState.DISPATCHED),
                Arguments.of(DocumentState.PENDING_REVIEW, Step.RETURN, DocumentState.RETURNED),
                Arguments.of(DocumentState.PENDING_SIGNATURE, Step.RETURN, DocumentState.RETURNED),
                Arguments.of(DocumentState.PENDING_CHECK, Step.RETURN, DocumentState.RETURNED));
    }

    @ParameterizedTest(name = "{1} from {0} leads to {2}")
    @MethodSource
    void transitions(DocumentState from, Step step, DocumentState to) {
        assertThat(SendingChain.next(from, step)).isEqualTo(to);
    }

    static Stream<Arguments> refusedTransitions() {
        return Stream.of(
                Arguments.of(DocumentState.DRAFT, Step.SIGN),
                Arguments.of(DocumentState.PENDING_CHECK, Step.SIGN),          // signing twice
                Arguments.of(DocumentState.PENDING_REVIEW, Step.REGISTER),
                Arguments.of(DocumentState.DISPATCHED, Step.DISPATCH),
                Arguments.of(DocumentState.REGISTERED, Step.RETURN),
                Arguments.of(DocumentState.DISPATCHED, Step.SUBMIT));
    }

    @ParameterizedTest(name = "{1} cannot start from {0}")
    @MethodSource
    void refusedTransitions(DocumentState from, Step step) {
        assertThatThrownBy(() -> SendingChain.next(from, step)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(from.label());
    }

    static Stream<Arguments> whoMay() {
        return Stream.of(
                // step, state, actor, allowed
                Arguments.of(Step.REVIEW, DocumentState.PENDING_REVIEW, person("reviewer", OFFICE, SITE, Role.INFO_OFFICER), true),
                Arguments.of(Step.REVIEW, DocumentState.PENDING_REVIEW, person("drafter", OFFICE, SITE, Role.INFO_OFFICER), false),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("leader", OFFICE, SITE, Role.UNIT_LEADER), true),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("drafter", OFFICE, SITE, Role.UNIT_LEADER, Role.INFO_OFFICER), false),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("reviewer", OFFICE, SITE, Role.INFO_OFFICER), false),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("leader", 11, SITE, Role.UNIT_LEADER), false),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("leader", OFFICE, 2, Role.UNIT_LEADER), false),
                Arguments.of(Step.SIGN, DocumentState.PENDING_SIGNATURE, person("admin", OFFICE, SITE, Role.CENTER_ADMIN), false),
                Arguments.of(Step.CHECK, DocumentState.PENDING_CHECK, person("signer", OFFICE, SITE, Role.UNIT_LEADER), false),
                Arguments.of(Step.CHECK, DocumentState.PENDING_CHECK, person("reviewer", OFFICE, SITE, Role.INFO_OFFICER), true),
                Arguments.of(Step.REGISTER, DocumentState.PENDING_REGISTRATION, person("leader", OFFICE, SITE, Role.UNIT_LEADER), false),
                Arguments.of(Step.REGISTER, DocumentState.PENDING_REGISTRATION, person("drafter", OFFICE, SITE, Role.INFO_OFFICER), true),
                Arguments.of(Step.DISPATCH, DocumentState.REGISTERED, person("handler", OFFICE, SITE, Role.CASE_HANDLER), false),
                Arguments.of(Step.RETURN, DocumentState.PENDING_SIGNATURE, person("leader", OFFICE, SITE, Role.UNIT_LEADER), true),
                Arguments.of(Step.RETURN, DocumentState.PENDING_SIGNATURE, person("reviewer", OFFICE, SITE, Role.INFO_OFFICER), false),
                Arguments.of(Step.SUBMIT, DocumentState.DRAFT, person("handler", OFFICE, SITE, Role.CASE_HANDLER), false));
    }

    @ParameterizedTest(name = "{0} at {1} by {2}: {3}")
    @MethodSource
    void whoMay(Step step, DocumentState state, Actor actor, boolean allowed) {
        assertThat(SendingChain.refusal(actor, step, at(state)).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void theDrafterNeverSignsWhateverTheirRoles() {
        Actor drafterLeader = person("drafter", OFFICE, SITE, Role.UNIT_LEADER, Role.INFO_OFFICER, Role.CENTER_ADMIN);
        assertThat(SendingChain.refusal(drafterLeader, Step.SIGN, at(DocumentState.PENDING_SIGNATURE))).contains("拟稿人不能签发自己拟的稿");
    }
}
