/** Screening of articles and attachments for content notice 2013-38 forbids on the website (secrets, internal markings, personal data). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "web"})
package org.opencounty.screening;
