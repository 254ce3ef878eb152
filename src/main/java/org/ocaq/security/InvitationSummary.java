package org.ocaq.security;

import org.ocaq.shared.Role;

import java.util.List;

/** What the invitation page tells the invited person: who they are, the roles they were given, and at which schools. */
public record InvitationSummary(String displayName, String email, List<Role> roles, List<String> schoolNames) {
}
