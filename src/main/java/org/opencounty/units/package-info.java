/** The unit tree (单位), public profiles and registered contacts through the review chain, who may see or change a unit. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "review", "review :: hierarchy", "screening", "sites"})
package org.opencounty.units;
