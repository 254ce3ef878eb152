package org.ocaq.security;

import java.util.Locale;

/** A parent created an account at /register; the people feature gives them a family. Published inside the sign-up's transaction. */
public record ParentRegistered(long accountId, String displayName, String email, Locale language) {
}
