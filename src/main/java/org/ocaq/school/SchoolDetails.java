package org.ocaq.school;

/** A school with its version, for editing with optimistic locking, and whether it has a logo. */
public record SchoolDetails(long id, long version, String slug, SchoolForm form, boolean hasLogo) {
}
