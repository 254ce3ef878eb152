package org.ocaq.curriculum;

/** A unit of a course, in the course's order. */
public record UnitSummary(long id, String slug, long courseId, int position, LocalizedText title, boolean retired) {
}
