/** Online applications (网上审批) for the catalogue's items, handled within their legal working-day limits. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "calendar", "common", "files", "catalogue", "sites", "units", "web"})
package org.opencounty.applications;
