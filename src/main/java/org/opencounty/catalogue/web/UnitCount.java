package org.opencounty.catalogue.web;

import org.opencounty.units.Unit;

/** A township or department of 办事服务 with how many guides stand under it (its own and its subordinate units'). */
public record UnitCount(Unit unit, long count) {
}
