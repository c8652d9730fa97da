package org.opencounty.review;

/** An entity that goes through the review chain: it embeds a {@link ReviewLifecycle} and says how the chain sees it. */
public interface Reviewable {

    /** The shared state, with how the audit log names the subject. */
    Submission submission();
}
