package org.ocaq.classes;

/** What enrolment needs to know about a class; public facts, as the directory shows them. */
public record ClassFacts(long id, long schoolId, String name, int minAge, int maxAge, int capacity,
                         boolean openForEnrolment) {
}
