package org.ocaq.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy: at least 12 characters, at most 72 bytes (bcrypt reads no further), not on the
 * list of commonly used passwords, not the email address, and not one character repeated.
 * Returns message keys so that the form can say what is wrong in the user's language.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    public List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("security.password.too-short");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("security.password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || password.chars().distinct().count() <= 2) {
            problems.add("security.password.common");
        }
        if (email != null && !email.isBlank()) {
            String local = email.strip().toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.equals(email.strip().toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
                problems.add("security.password.contains-email");
            }
        }
        return problems;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
        return words;
    }
}
