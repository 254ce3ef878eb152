package org.ocaq.curriculum;

/** A course of the curriculum with its number of units (retired ones not counted). */
public record CourseSummary(long id, String slug, LocalizedText title, String level, Integer ageFrom, Integer ageTo,
                            LocalizedText description, int units, boolean retired) {
}
