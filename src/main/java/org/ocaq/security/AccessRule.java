package org.ocaq.security;

/**
 * A feature's own addition to {@link AccessPolicy}: for example enrolment lets a teacher see the families of the
 * children in their classes. A rule may only grant; it can never take away what the base rules allow.
 */
public interface AccessRule {

    enum Intent { SEE, CHANGE }

    boolean grants(CurrentUser user, Owner owner, Intent intent);
}
