/**
 * Grassroots disclosure (STANDARDS §13): villages' 村务公开 with structured finance, subsidy lists, timeliness by law and
 * villagers' questions; party organisations' 党务公开 with 公示 and objections; the community pages. Reviewed through the
 * one submission workflow, at the second step by the village's township (ADR 0020).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "review", "screening", "sites", "units", "web"})
package org.opencounty.grassroots;
