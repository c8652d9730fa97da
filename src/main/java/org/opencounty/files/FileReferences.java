package org.opencounty.files;

import java.util.Collection;
import java.util.Set;

/** A module whose rows name stored files; the orphan sweep keeps the files some module still names. */
public interface FileReferences {

    /** Those of the keys that a row of this module names. */
    Set<String> referenced(Collection<String> keys);
}
