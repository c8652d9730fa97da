/** Staff and citizen accounts (账号): passwords and lockout, API tokens, both security filter chains, the account pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "sites", "units"})
package org.opencounty.accounts;
