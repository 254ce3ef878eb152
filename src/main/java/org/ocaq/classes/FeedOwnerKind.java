package org.ocaq.classes;

/** Whose calendar a feed shows: a class's lessons, a teacher's classes, or a family's. */
public enum FeedOwnerKind {
    CLASS,
    TEACHER,
    FAMILY
}
