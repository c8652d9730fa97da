package org.opencounty.units;

/** One line of the comparison a reviewer sees: a field of the live profile beside the same field of the revision. */
public record ProfileChange(String key, String label, String live, String revised, boolean changed) {

    public ProfileChange(String key, String label, String live, String revised) {
        this(key, label, live, revised, !live.equals(revised));
    }
}
