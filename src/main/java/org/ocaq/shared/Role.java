package org.ocaq.shared;

/**
 * The roles a person can hold; one person may hold several (a teacher who is also a parent).
 * The string constants exist for {@code @RolesAllowed}, which needs compile-time constants.
 */
public enum Role {
    NETWORK_ADMIN, COORDINATOR, TEACHER, PARENT, STUDENT;

    public static final String ADMIN_NAME = "NETWORK_ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TEACHER_NAME = "TEACHER";
    public static final String PARENT_NAME = "PARENT";
    public static final String STUDENT_NAME = "STUDENT";

    public String messageKey() {
        return "shared.role." + name();
    }
}
