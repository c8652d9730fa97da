package org.opencounty.applications;

import java.util.List;

/**
 * The supervision signals of a case, for its page. Implemented by the module that watches applications
 * (supervision), which depends on this one: declaring the need here keeps applications free of it, and the
 * module graph free of a cycle. Who may see them is decided here, in {@link ApplicationQueries}, not by the
 * implementation.
 */
@org.springframework.modulith.NamedInterface("signals")
public interface CaseSignals {

    /** Oldest first; empty when the case has none. */
    List<CaseSignal> of(long applicationId);
}
