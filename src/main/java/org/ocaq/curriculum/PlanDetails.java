package org.ocaq.curriculum;

/** A lesson plan with its unit and course and everything it teaches. */
public record PlanDetails(PlanSummary plan, UnitSummary unit, CourseSummary course, PlanContent content) {
}
