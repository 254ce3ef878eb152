package org.ocaq.people;

/** The columns a school's list of adult learners can be sorted by: the name in Azerbaijani order. */
public enum LearnerSort {
    NAME
}
