package org.opencounty.review;

/**
 * The state every kind of submission shares, as the workflow reads and moves it: the subject's id in its own table
 * (the key of its history), how the audit log names it ({@code target}, e.g. article:12), whose it is, the version
 * the owning entity is at (an editor holding an older one is refused) and its place in the chain.
 */
public record Submission(long id, String target, long siteId, long unitId, long version, ReviewLifecycle review) {

    public ReviewState state() {
        return review.state();
    }
}
