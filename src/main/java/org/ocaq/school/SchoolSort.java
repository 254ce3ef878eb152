package org.ocaq.school;

/**
 * The columns the list of schools can be sorted by: the name in Azerbaijani order, the city, or the country (by its
 * ISO code, then city and name, as the directory groups them).
 */
public enum SchoolSort {
    NAME, CITY, COUNTRY
}
