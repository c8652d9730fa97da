/** Disclosure content (信息公开): categories now; articles, review and publication follow (issue 3). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "files", "review", "screening", "sites", "units", "web"})
package org.opencounty.content;
