package org.ocaq.classes;

import java.util.Set;

/** A class with its version (for optimistic locking) and its teachers' accounts. */
public record ClassDetails(long id, long version, long schoolId, ClassForm form, Set<Long> teacherAccountIds) {
}
