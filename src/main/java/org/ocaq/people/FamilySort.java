package org.ocaq.people;

/** The columns a school's list of families can be sorted by: the family's name in Azerbaijani order. */
public enum FamilySort {
    NAME
}
