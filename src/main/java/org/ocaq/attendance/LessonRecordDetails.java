package org.ocaq.attendance;

import java.time.Instant;

/**
 * A lesson's record as stored; version is null while nobody has written one, and is what a save expects. lessonPlanId
 * is the curriculum's lesson plan the lesson follows, if any.
 */
public record LessonRecordDetails(long lessonId, LessonRecordForm form, Long version, Instant updatedAt,
                                  Long lessonPlanId) {
}
