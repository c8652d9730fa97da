package org.opencounty.platform;

/** demo: the embedded default with demo data and demo passwords; production: neither. */
public enum PlatformMode {
    DEMO, PRODUCTION
}
