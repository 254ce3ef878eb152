package org.ocaq.people;

/**
 * A teacher's profile: languages as ISO 639 codes separated by commas ("az, de, ru"), qualifications and the subjects
 * they teach as free text.
 */
public record TeacherForm(String fullName, String email, String languages, String qualifications, String subjects) {

    public TeacherForm(String fullName, String email, String languages, String qualifications) {
        this(fullName, email, languages, qualifications, null);
    }
}
