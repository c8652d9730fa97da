/** Running the platform: mode (demo or production) and first-start bootstrap. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "common", "demo", "sites", "units"})
package org.opencounty.platform;
