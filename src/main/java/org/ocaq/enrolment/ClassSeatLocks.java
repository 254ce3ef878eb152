package org.ocaq.enrolment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes seat changes per class. The lock row is created in a transaction of its own: creating it inside the
 * deciding transaction would let two first deciders deadlock on it.
 */
@Component
class ClassSeatLocks {

    private final ClassSeatLockRepository locks;

    ClassSeatLocks(ClassSeatLockRepository locks) {
        this.locks = locks;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureRow(long classId) {
        locks.ensure(classId);
    }
}
