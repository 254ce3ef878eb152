package org.ocaq.people;

/**
 * A guardian in a family's editor: id and version of a recorded guardian (the version as read, to detect a concurrent
 * change), or a null id for one being added.
 */
public record GuardianEntry(Long id, long version, GuardianForm form) {

    public static GuardianEntry added(GuardianForm form) {
        return new GuardianEntry(null, 0, form);
    }
}
