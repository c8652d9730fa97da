/** Demo data for the embedded default; never loaded in production mode. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "applications", "catalogue", "common", "content", "documents", "extranet", "interaction", "sites", "units"})
package org.opencounty.demo;
