package org.ocaq.curriculum;

/**
 * How far a class has come through the course it follows: the units of which at least one lesson plan was taught
 * (a lesson linked to it), out of all units; nextUnit is the first unit not reached yet, or null at the end.
 */
public record CourseProgress(CourseSummary course, int units, int unitsReached, UnitSummary nextUnit) {
}
