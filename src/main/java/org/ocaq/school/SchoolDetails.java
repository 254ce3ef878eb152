package org.ocaq.school;

/** A school with its version, for editing with optimistic locking. */
public record SchoolDetails(long id, long version, String slug, SchoolForm form) {
}
