/** Demo data for the embedded default; never loaded in production mode. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "applications", "common", "content", "catalogue", "coordination", "sites", "units"})
package org.opencounty.demo;
