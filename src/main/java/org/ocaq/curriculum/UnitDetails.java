package org.ocaq.curriculum;

import java.util.List;

/** A unit with its course and its lesson plans. */
public record UnitDetails(CourseSummary course, UnitSummary unit, List<PlanSummary> plans) {
}
