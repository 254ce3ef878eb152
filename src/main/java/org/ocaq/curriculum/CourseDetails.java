package org.ocaq.curriculum;

import java.util.List;
import java.util.Map;

/** A course with its units in order and each unit's lesson plans. */
public record CourseDetails(CourseSummary course, List<UnitSummary> units, Map<Long, List<PlanSummary>> plansByUnit) {
}
