package org.opencounty.screening;

/** How a finding stops publication. */
public enum Severity {
    /** The content must not be submitted or published until the finding is removed. */
    BLOCK,
    /** The submitter and reviewer must confirm that publishing this is intended. */
    WARN
}
