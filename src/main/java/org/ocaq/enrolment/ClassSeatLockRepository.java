package org.ocaq.enrolment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClassSeatLockRepository extends JpaRepository<ClassSeatLock, Long> {

    @Modifying
    @Query(value = "insert ignore into class_seat_lock (class_id) values (:classId)", nativeQuery = true)
    int ensure(long classId);

    /** Waits until no other transaction holds the class's seats, then holds them until this one ends. */
    @Query(value = "select class_id from class_seat_lock where class_id = :classId for update", nativeQuery = true)
    Long lock(long classId);
}
