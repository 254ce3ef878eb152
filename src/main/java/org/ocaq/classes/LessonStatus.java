package org.ocaq.classes;

/** Whether a lesson takes place. */
public enum LessonStatus {
    SCHEDULED,
    CANCELLED
}
