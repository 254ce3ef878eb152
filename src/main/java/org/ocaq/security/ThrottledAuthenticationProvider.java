package org.ocaq.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password and records failures after it. Every refusal (unknown account, wrong
 * password, unconfirmed email, too many attempts) reaches the sign-in page as the same message.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(OcaqUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        if (!throttle.allows(account, address)) {
            throw new BadCredentialsException("throttled");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            throw new BadCredentialsException("refused", e);
        }
    }
}
