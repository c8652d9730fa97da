/** The back office (后台管理): units' staff maintain their data; the center administers units, accounts and the audit log. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "units"})
package org.opencounty.backoffice;
