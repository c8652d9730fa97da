package org.opencounty.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opencounty.common.Actor;

/**
 * What one kind of submission (articles, service guides and fees, unit profiles, …) tells the {@link SubmissionWorkflow}:
 * how it is named, where its shared state is, what screening reads, whether it is complete, and what publishing copies
 * where. Everything else — the states, the steps, who acts at which, no self-approval, screening on submit and on
 * publication, the history and the audit log, refusals — is the workflow's, the same for every kind.
 *
 * @param <S> the kind's entity (the row holding its {@link ReviewLifecycle})
 */
public interface SubmissionKind<S extends Reviewable> {

    /**
     * How the kind is named: {@code name} in the history and the audit log's actions (article, catalogue,
     * unit.profile), {@code noun} in messages (该信息, 该事项, 该单位信息), and {@code revisionTable}, the table of its
     * revisions whose numbers its history shows (a constant of the kind, never input).
     */
    record Names(String name, String noun, String revisionTable) {
    }

    Names names();

    default String name() {
        return names().name();
    }

    default String noun() {
        return names().noun();
    }

    /**
     * Whether the actor may write and submit the subject: by default the chain's rule (the unit's information officer,
     * {@link ReviewPermissions#canWrite}); a kind may widen it (profiles: leaders and the center's administrator too).
     */
    default boolean mayWrite(Actor actor, S subject, ReviewPermissions permissions) {
        Submission submission = subject.submission();
        return permissions.canWrite(actor, submission.siteId(), submission.unitId());
    }

    /** What screening reads in the revision. */
    List<ScreenedField> screenedFields(S subject, long revisionId);

    /**
     * The revision's attachments whose text could not be read for screening, each as its field with why in place of
     * its text: a warning at submission, and every reviewer acknowledges having checked them by hand. Kinds without
     * attachments keep the default.
     */
    default List<ScreenedField> unreadable(S subject, long revisionId) {
        return List.of();
    }

    /** The phone numbers and mailboxes the site publishes on purpose, which screening does not report. */
    Set<String> publishedContacts(S subject, long revisionId);

    /**
     * Whether warnings (personal data) stop the revision until the submitter confirms them. Kinds that exist to
     * publish contact details (guides, profiles) answer false: only blocking findings stop them.
     */
    default boolean warningsNeedConfirmation() {
        return false;
    }

    /** Refuses an incomplete revision at submission and at publication; by default everything is complete. */
    default void requireComplete(S subject, long revisionId) {
    }

    /** The kind's revision {@code revisionId}. */
    SubmissionRevision revision(long revisionId);

    /** Notes who confirmed the revision's warnings on submitting it (null: there were none); kinds that ask for it. */
    default void warningsConfirmedBy(long revisionId, String by) {
    }

    /** Whether the submitter confirmed the revision's warnings (asked only of kinds whose warnings need it). */
    default boolean warningsConfirmed(long revisionId) {
        return false;
    }

    /** When the revision asks to go live (null: at once); kinds that are never scheduled keep the default. */
    default Instant publishAt(long revisionId) {
        return null;
    }

    /** After the center's approval, before anything is shown (articles take their index number here). */
    default void approvedByCenter(S subject, Instant now) {
    }

    /** Copies the live revision to where the public reads it. */
    void show(S subject);

    /** Takes the subject off the public site (after withdrawal). */
    default void hide(S subject) {
    }
}
