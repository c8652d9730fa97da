package org.opencounty.content;

/** One line of a reviewer's comparison between the live version and the revision under review. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { SAME, ADDED, REMOVED }
}
