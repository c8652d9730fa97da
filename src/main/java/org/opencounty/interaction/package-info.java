/**
 * Public interaction (政民互动, docs/interaction.md): messages (咨询, 投诉, 建议, 找错, 领导信箱) routed to units and
 * answered with the unit leader's approval, disclosure on request (依申请公开, 条例 art. 27–45) with its clocks, fees and
 * 答复书, within working-day limits the supervision module watches; the annual report (政府信息公开工作年度报告) on the
 * review chain, published as an article in 政府信息公开年报 (ADR 0025).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"applications", "audit", "calendar", "common", "content", "files", "printing", "review", "screening", "sites", "units", "web"})
package org.opencounty.interaction;
