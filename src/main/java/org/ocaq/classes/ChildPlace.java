package org.ocaq.classes;

import java.time.LocalDate;

/**
 * A child's place in a class: for one term (null: every term) and from a first day (null: from the beginning). The
 * child's lessons are the class's lessons its place covers.
 */
public record ChildPlace(long classId, Long termId, LocalDate startsOn) {

    public boolean covers(long lessonTermId, LocalDate lessonDate) {
        return (termId == null || termId == lessonTermId) && (startsOn == null || !lessonDate.isBefore(startsOn));
    }
}
