package org.ocaq.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A feature's own addition to {@link AccessPolicy}: for example enrolment lets a teacher see the families of the
 * children in their classes. A rule may only grant; it can never take away what the base rules allow.
 */
public interface AccessRule {

    enum Intent { SEE, CHANGE }

    boolean grants(CurrentUser user, Owner owner, Intent intent);

    /**
     * The owners among many that this rule grants. Rules that consult the database override it to answer a whole
     * list with one query, so that checking a page of rows costs the same whatever the page size.
     */
    default Set<Owner> granted(CurrentUser user, Collection<Owner> owners, Intent intent) {
        Set<Owner> granted = new HashSet<>();
        for (Owner owner : owners) {
            if (grants(user, owner, intent)) {
                granted.add(owner);
            }
        }
        return granted;
    }
}
