/** The public county site (门户网站): pages citizens see, server-rendered and working without JavaScript. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "content", "search", "catalogue", "interaction", "sites", "units", "web"})
package org.opencounty.portal;
