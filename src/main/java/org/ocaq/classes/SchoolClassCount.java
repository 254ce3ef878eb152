package org.ocaq.classes;

/** How many classes a school has. */
public record SchoolClassCount(long schoolId, long classes) {
}
