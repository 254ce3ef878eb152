package org.ocaq.enrolment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row every seat change of a class locks first; see the migration that creates it. */
@Entity
@Table(name = "class_seat_lock")
class ClassSeatLock {

    @Id
    private Long classId;

    protected ClassSeatLock() {
    }
}
