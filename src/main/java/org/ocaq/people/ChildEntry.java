package org.ocaq.people;

/**
 * A child in a family's editor: id and version of a recorded child (the version as read, to detect a concurrent
 * change), or a null id for one being added.
 */
public record ChildEntry(Long id, long version, ChildForm form) {

    public static ChildEntry added(ChildForm form) {
        return new ChildEntry(null, 0, form);
    }
}
