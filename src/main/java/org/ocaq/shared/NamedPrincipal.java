package org.ocaq.shared;

import java.util.Set;

/** What the shell shows of the signed-in person; the security feature's principal implements it. */
public interface NamedPrincipal {

    String displayName();

    Set<Role> roles();
}
