package org.opencounty.demo;

/**
 * One more part of the demo county, loaded after the core (site, units, accounts, articles, guides, applications) in
 * the same transaction. A module's demo lives in this package as a {@code DemoStep}, so that no module depends on
 * the demo and the bootstrap does not change for each new module.
 */
public interface DemoStep {

    /** Lower first; the core is done before any step. */
    int order();

    /** Loads this part for the demo site and says what it loaded, e.g. "3 tasks". */
    String load(long siteId);
}
