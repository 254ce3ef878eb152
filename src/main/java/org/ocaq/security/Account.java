package org.ocaq.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;
import org.ocaq.shared.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String email;
    private String passwordHash;
    private String displayName;
    private byte[] sortKey;
    private String searchKey;
    private String locale;
    private boolean emailVerified;
    private boolean enabled;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(String email, String displayName, Locale locale, Set<Role> roles, Instant createdAt) {
        this.email = normalizeEmail(email);
        rename(displayName);
        this.locale = locale.toLanguageTag();
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void rename(String newName) {
        this.displayName = newName.strip();
        this.sortKey = AzText.sortKey(this.displayName);
        this.searchKey = AzText.searchKey(this.displayName + " " + email);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale.toLanguageTag();
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    void markEmailVerified() {
        this.emailVerified = true;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void grant(Role role) {
        roles.add(role);
    }
}
