package org.opencounty.sites;

/** The site's identification changed: every page's footer and meta tags change with it. */
public record SiteChanged(long siteId, String by) {
}
