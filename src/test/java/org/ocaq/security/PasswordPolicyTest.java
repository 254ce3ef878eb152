package org.ocaq.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eleven_characters_are_too_short() {
        String eleven = "Bakı-Gəncə7";
        assertThat(eleven.codePointCount(0, eleven.length())).isEqualTo(11);

        assertThat(policy.problems(eleven, "aynur@example.org")).containsExactly("security.password.too-short");
    }

    @Test
    void twelve_characters_are_enough() {
        String twelve = "Bakı-Gəncə-7";
        assertThat(twelve.codePointCount(0, twelve.length())).isEqualTo(12);

        assertThat(policy.problems(twelve, "aynur@example.org")).isEmpty();
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(policy.problems(null, "aynur@example.org")).containsExactly("security.password.too-short");
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(policy.problems("password1234", "aynur@example.org")).containsExactly("security.password.common");
        assertThat(policy.problems("PassWord1234", "aynur@example.org")).containsExactly("security.password.common");
    }

    @Test
    void one_character_repeated_is_refused_as_common() {
        assertThat(policy.problems("əəəəəəəəəəəəə", null)).containsExactly("security.password.common");
    }

    @Test
    void a_password_containing_the_local_part_of_the_email_is_refused() {
        assertThat(policy.problems("Mənim-AYNUR.M-şifrəm", "aynur.m@example.org"))
                .containsExactly("security.password.contains-email");
    }

    @Test
    void the_whole_email_as_password_is_refused() {
        assertThat(policy.problems("Ali@example.org", "ali@example.org"))
                .containsExactly("security.password.contains-email");
    }

    @Test
    void a_very_short_local_part_does_not_forbid_ordinary_words() {
        // "ali" would rule out "Əlinin qalibiyyəti" and much more; local parts shorter than four are not checked.
        assertThat(policy.problems("Kitabxana-ali-2026", "ali@example.org")).isEmpty();
    }

    @Test
    void seventy_two_utf8_bytes_are_accepted_and_seventy_three_refused() {
        // Azerbaijani letters take two bytes in UTF-8: 36 of them are exactly bcrypt's 72-byte limit.
        String letters = "əğıöüçşƏĞÖÜÇŞ".repeat(3).substring(0, 36);
        assertThat(letters.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        assertThat(policy.problems(letters, "aynur@example.org")).isEmpty();
        assertThat(policy.problems(letters + "7", "aynur@example.org")).containsExactly("security.password.too-long");
    }

    @Test
    void a_strong_azerbaijani_passphrase_is_accepted() {
        assertThat(policy.problems("Gülşən bağda çay içir 7", "gulsen@example.org")).isEmpty();
    }
}
