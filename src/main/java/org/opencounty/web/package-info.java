/** Web infrastructure shared by the portal and the back office: page context, layouts' data, site resolution. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "sites"})
package org.opencounty.web;
