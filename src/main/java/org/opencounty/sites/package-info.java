/** County sites (站点) hosted by the deployment, chosen by host name, and their identification page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common"})
package org.opencounty.sites;
