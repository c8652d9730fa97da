/** The append-only, hash-chained audit log (审计日志) and its back-office page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package org.opencounty.audit;
