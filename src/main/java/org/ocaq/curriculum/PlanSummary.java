package org.ocaq.curriculum;

/** A lesson plan as lists show it. */
public record PlanSummary(long id, String slug, long unitId, int position, LocalizedText title, int durationMinutes,
                          Integer ageFrom, Integer ageTo, boolean retired) {
}
