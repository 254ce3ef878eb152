package org.ocaq.people;

/** A teacher's profile; languages as ISO codes separated by commas. */
public record TeacherForm(String fullName, String email, String languages, String qualifications) {
}
