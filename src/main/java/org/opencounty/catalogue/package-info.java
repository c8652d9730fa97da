/** The service-guide catalogue (办事指南), the fee catalogue and life-event scenarios (notice items 3 and 4; 一站式、场景式). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "files", "review", "screening", "sites", "units", "web"})
package org.opencounty.catalogue;
