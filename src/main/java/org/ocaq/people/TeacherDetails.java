package org.ocaq.people;

/** A teacher's profile as read, with the version to send back with a change. */
public record TeacherDetails(long id, long version, long schoolId, Long accountId, TeacherForm form) {
}
