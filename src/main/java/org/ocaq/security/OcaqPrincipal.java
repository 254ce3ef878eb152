package org.ocaq.security;

import org.ocaq.shared.NamedPrincipal;
import org.ocaq.shared.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in person as Spring Security keeps them in the session: who, never what they may reach. */
public final class OcaqPrincipal implements UserDetails, CredentialsContainer, Serializable, NamedPrincipal {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    OcaqPrincipal(long accountId, String email, String displayName, Set<Role> roles, boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
