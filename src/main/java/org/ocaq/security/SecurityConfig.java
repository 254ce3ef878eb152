package org.ocaq.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.ocaq.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in through Vaadin's configurer, our throttled provider, a new session id at sign-in, and the security
 * headers (also written by {@link SecurityHeadersFilter} for pages Vaadin serves outside this chain).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {


    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/icons/**", "/styles/**", "/calendar/**", "/favicon.ico").permitAll()
                // Files behind our own controllers: signed-in people only; the service decides who gets which.
                .requestMatchers("/materials/**", "/certificate-pdf/**").authenticated());
        http.headers(headers -> headers
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)));
        http.sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /** Spring Security's delegating encoder: bcrypt (cost 10) today, and old hashes keep working after a change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(OcaqUserDetailsService users, PasswordEncoder encoder,
                                                           LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
