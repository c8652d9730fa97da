package org.opencounty.documents;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.Role;

/**
 * A received document's way through the receiving unit (收文办理, 条例 art. 24) as a pure model: 签收 (登记 follows
 * at once) → 初审 (accept, or return to the sender) → 承办: 阅知 (readers chosen; 传阅) or 批办 (拟办意见 → the
 * leader's 批示 naming the handler → 答复) → 办结. Only the receiving unit's own staff act on it.
 */
public final class ReceivingSteps {

    public enum Step {
        RECEIVE("签收"), ACCEPT("初审通过"), RETURN("退回"), CIRCULATE("阅知"), PROPOSE("拟办"), INSTRUCT("批示"),
        READ("阅读"), REPLY("答复"), CLOSE("办结");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the rules read of one unit's copy: its site, unit, state, handler and whether the actor is one of its readers. */
    public record Facts(long siteId, long unitId, RecipientState state, String handler, boolean actorReads) {
    }

    private static final Map<Step, Set<RecipientState>> FROM = Map.of(
            Step.RECEIVE, Set.of(RecipientState.DELIVERED),
            Step.ACCEPT, Set.of(RecipientState.SIGNED),
            Step.RETURN, Set.of(RecipientState.SIGNED),
            Step.CIRCULATE, Set.of(RecipientState.ACCEPTED, RecipientState.READING),
            Step.PROPOSE, Set.of(RecipientState.ACCEPTED),
            Step.INSTRUCT, Set.of(RecipientState.PROPOSED),
            Step.READ, Set.of(RecipientState.READING),
            Step.REPLY, Set.of(RecipientState.HANDLING),
            Step.CLOSE, Set.of(RecipientState.READING, RecipientState.HANDLING, RecipientState.REPLIED));

    private ReceivingSteps() {
    }

    public static RecipientState next(RecipientState from, Step step) {
        if (!FROM.get(step).contains(from)) {
            throw new ConflictException("INVALID_STATE", "该收文当前为“" + from.label() + "”，不能" + step.label());
        }
        return switch (step) {
            case RECEIVE -> RecipientState.SIGNED;
            case ACCEPT -> RecipientState.ACCEPTED;
            case RETURN -> RecipientState.RETURNED;
            case CIRCULATE, READ -> RecipientState.READING;
            case PROPOSE -> RecipientState.PROPOSED;
            case INSTRUCT -> RecipientState.HANDLING;
            case REPLY -> RecipientState.REPLIED;
            case CLOSE -> RecipientState.DONE;
        };
    }

    public static boolean startsFrom(RecipientState state, Step step) {
        return FROM.get(step).contains(state);
    }

    /** Why {@code actor} may not take {@code step} on the unit's copy, or empty when they may. */
    public static Optional<String> refusal(Actor actor, Step step, Facts facts) {
        if (actor == null || actor.siteId() != facts.siteId() || !Objects.equals(actor.unitId(), facts.unitId())) {
            return Optional.of("只有收文单位的工作人员可以办理该收文");
        }
        boolean clerk = actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER);
        return switch (step) {
            case RECEIVE, ACCEPT, RETURN, CIRCULATE, PROPOSE, CLOSE -> clerk ? Optional.empty()
                    : Optional.of("只有单位信息员或领导可以" + step.label());
            case INSTRUCT -> actor.has(Role.UNIT_LEADER) ? Optional.empty() : Optional.of("只有单位领导可以批示");
            case READ -> facts.actorReads() ? Optional.empty() : Optional.of("您不在该收文的传阅人之列");
            case REPLY -> actor.username().equals(facts.handler()) ? Optional.empty() : Optional.of("只有承办人可以答复");
        };
    }
}
