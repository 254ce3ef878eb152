package org.ocaq.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OcaqUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    OcaqUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(Account.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new OcaqPrincipal(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
                account.isEnabled() && account.isEmailVerified(), account.getPasswordHash());
    }
}
