/**
 * The working-day calendar (工作日历) every legal time limit counts in: national holidays and adjusted
 * working days (调休), Xinjiang's regional holidays, due dates and clocks with suspensions and extensions
 * (docs/calendar.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common"})
package org.opencounty.calendar;
