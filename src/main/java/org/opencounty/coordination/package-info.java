/**
 * Unit coordination (督办, 督查, 绩效考核, 通报; issue 11): the center issues tasks with deadlines to units, sees who did
 * what by when, and the reports go through the one review chain (docs/coordination.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "catalogue", "common", "content",
        "documents", "files", "printing", "review", "screening", "supervision", "units", "web"})
package org.opencounty.coordination;
