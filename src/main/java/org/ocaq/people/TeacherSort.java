package org.ocaq.people;

/** The columns a school's list of teachers can be sorted by: the name in Azerbaijani order, or the email. */
public enum TeacherSort {
    NAME, EMAIL
}
