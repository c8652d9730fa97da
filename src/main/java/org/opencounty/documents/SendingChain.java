package org.opencounty.documents;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.Role;

/**
 * The way out of a document (发文办理, 条例 art. 25) as a pure model: 拟稿 → 核稿 → 签发 → 复核 → 登记 → 核发, with a
 * return to the drafter from each check. Each step says where it may start, where it leads and who may take it; all
 * of it in the issuing unit, and the drafter never signs (nor reviews their own draft, nor checks what they signed).
 */
public final class SendingChain {

    /** A step and its Chinese name (history, audit, messages). */
    public enum Step {
        SUBMIT("送核稿"), REVIEW("核稿"), SIGN("签发"), CHECK("复核"), REGISTER("登记"), DISPATCH("核发"), RETURN("退回修改");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the rules read of a document: where it stands, whose it is and who took the steps so far. */
    public record Facts(long siteId, long unitId, DocumentState state, String draftedBy, String reviewedBy, String signedBy) {
    }

    private static final Set<Role> WRITERS = Set.of(Role.INFO_OFFICER, Role.UNIT_LEADER);

    private static final Map<Step, Set<DocumentState>> FROM = Map.of(
            Step.SUBMIT, Set.of(DocumentState.DRAFT, DocumentState.RETURNED),
            Step.REVIEW, Set.of(DocumentState.PENDING_REVIEW),
            Step.SIGN, Set.of(DocumentState.PENDING_SIGNATURE),
            Step.CHECK, Set.of(DocumentState.PENDING_CHECK),
            Step.REGISTER, Set.of(DocumentState.PENDING_REGISTRATION),
            Step.DISPATCH, Set.of(DocumentState.REGISTERED),
            Step.RETURN, Set.of(DocumentState.PENDING_REVIEW, DocumentState.PENDING_SIGNATURE, DocumentState.PENDING_CHECK));

    private SendingChain() {
    }

    /** The state {@code step} leads to from {@code from}; 409 INVALID_STATE when it cannot start there. */
    public static DocumentState next(DocumentState from, Step step) {
        if (!FROM.get(step).contains(from)) {
            throw new ConflictException("INVALID_STATE", "该公文当前为“" + from.label() + "”，不能" + step.label());
        }
        return switch (step) {
            case SUBMIT -> DocumentState.PENDING_REVIEW;
            case REVIEW -> DocumentState.PENDING_SIGNATURE;
            case SIGN -> DocumentState.PENDING_CHECK;
            case CHECK -> DocumentState.PENDING_REGISTRATION;
            case REGISTER -> DocumentState.REGISTERED;
            case DISPATCH -> DocumentState.DISPATCHED;
            case RETURN -> DocumentState.RETURNED;
        };
    }

    /** Whether {@code step} may start from {@code state} (which buttons a page shows). */
    public static boolean startsFrom(DocumentState state, Step step) {
        return FROM.get(step).contains(state);
    }

    /** Why {@code actor} may not take {@code step} on the document, or empty when they may. */
    public static Optional<String> refusal(Actor actor, Step step, Facts facts) {
        if (actor == null || actor.siteId() != facts.siteId() || !Objects.equals(actor.unitId(), facts.unitId())) {
            return Optional.of("只有发文单位的工作人员可以办理该公文");
        }
        return switch (step) {
            case SUBMIT -> writer(actor) ? Optional.empty() : Optional.of("只有单位信息员或领导可以拟稿");
            case REVIEW -> !writer(actor) ? Optional.of("只有单位信息员或领导可以核稿")
                    : actor.username().equals(facts.draftedBy()) ? Optional.of("拟稿人不能核自己的稿") : Optional.empty();
            case SIGN -> !actor.has(Role.UNIT_LEADER) ? Optional.of("只有单位主要领导可以签发")
                    : actor.username().equals(facts.draftedBy()) ? Optional.of("拟稿人不能签发自己拟的稿") : Optional.empty();
            case CHECK -> !writer(actor) ? Optional.of("只有单位信息员或领导可以复核")
                    : actor.username().equals(facts.signedBy()) ? Optional.of("签发人不能复核自己签发的公文") : Optional.empty();
            case REGISTER, DISPATCH -> actor.has(Role.INFO_OFFICER) ? Optional.empty() : Optional.of("只有单位信息员可以" + step.label());
            case RETURN -> returner(actor, facts);
        };
    }

    /** Who checks at the step the document stands at returns it: the reviewer, the signer or the checker. */
    private static Optional<String> returner(Actor actor, Facts facts) {
        Step at = switch (facts.state()) {
            case PENDING_REVIEW -> Step.REVIEW;
            case PENDING_SIGNATURE -> Step.SIGN;
            case PENDING_CHECK -> Step.CHECK;
            default -> null;
        };
        return at == null ? Optional.empty() : refusal(actor, at, facts);
    }

    private static boolean writer(Actor actor) {
        return WRITERS.stream().anyMatch(actor::has);
    }
}
