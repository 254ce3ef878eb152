package org.ocaq.people;

/**
 * A teacher's profile: languages as ISO 639 codes separated by commas ("az, de, ru"), qualifications and the subjects
 * they teach as free text; the passport spelling where it differs from the Azerbaijani one (certificates print it).
 */
public record TeacherForm(String fullName, String email, String languages, String qualifications, String subjects,
                          String passportName) {

    /** Without a passport spelling (the name is written the same in the passport). */
    public TeacherForm(String fullName, String email, String languages, String qualifications, String subjects) {
        this(fullName, email, languages, qualifications, subjects, null);
    }

    public TeacherForm(String fullName, String email, String languages, String qualifications) {
        this(fullName, email, languages, qualifications, null);
    }
}
