/**
 * Electronic supervision of approvals (电子监察, STANDARDS.md §5): a sweep issues signals (预警, 黄牌, 红牌 and the
 * rule breaches) for applications, tells the people responsible, and the board and quarterly statistics show
 * them to supervisors, the center and unit leaders (docs/supervision.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"applications", "applications :: signals", "audit", "calendar", "common", "units", "web", "web :: notices"})
package org.opencounty.supervision;
