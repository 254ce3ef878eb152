package org.ocaq.security;

import org.junit.jupiter.api.Test;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class ProfileIntegrationTest {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder encoder;

    @Test
    void a_person_sees_and_renames_their_own_account() {
        String email = TestData.unique("profil") + "@test.example";
        testData.account(email, "Köhnə Ad", Role.TEACHER, Role.PARENT);
        as(users, email, () -> {
            ProfileSummary profile = accounts.myProfile();
            assertThat(profile.email()).isEqualTo(email);
            assertThat(profile.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.PARENT);
            accounts.renameMe("  Gülşən Əliyeva ");
            assertThat(accounts.myProfile().displayName()).isEqualTo("Gülşən Əliyeva");
            assertThatThrownBy(() -> accounts.renameMe(" ")).isInstanceOf(FieldProblems.class)
                    .satisfies(e -> assertThat(((FieldProblems) e).byField()).containsKey("displayName"));
        });
    }

    @Test
    void changing_the_password_needs_the_current_one_and_a_strong_new_one() {
        String email = TestData.unique("parol") + "@test.example";
        testData.account(email, "Parol Sınağı", Role.PARENT);
        as(users, email, () -> {
            assertThatThrownBy(() -> accounts.changeMyPassword("wrong password!!", "Çay bağında səhər 2026",
                    "Çay bağında səhər 2026")).isInstanceOf(FieldProblems.class)
                    .satisfies(e -> assertThat(((FieldProblems) e).byField()).containsKey("currentPassword"));
            assertThatThrownBy(() -> accounts.changeMyPassword(TestData.PASSWORD, "short", "short"))
                    .isInstanceOf(FieldProblems.class)
                    .satisfies(e -> assertThat(((FieldProblems) e).byField()).containsKey("password"));
            accounts.changeMyPassword(TestData.PASSWORD, "Çay bağında səhər 2026", "Çay bağında səhər 2026");
        });
        String hash = users.loadUserByUsername(email).getPassword();
        assertThat(encoder.matches("Çay bağında səhər 2026", hash)).isTrue();
        assertThat(encoder.matches(TestData.PASSWORD, hash)).isFalse();
    }

    @Test
    void a_visitor_has_no_profile() {
        assertThatThrownBy(() -> accounts.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.renameMe("X")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_language_is_remembered_for_the_account() {
        String email = TestData.unique("dil") + "@test.example";
        testData.account(email, "Dil Sınağı", Role.PARENT);
        as(users, email, () -> {
            assertThat(accounts.currentAccountLocale()).contains(Languages.AZERBAIJANI);
            accounts.rememberForCurrentAccount(Languages.RUSSIAN);
            assertThat(accounts.currentAccountLocale()).contains(Languages.RUSSIAN);
        });
        assertThat(accounts.currentAccountLocale()).isEmpty();
    }
}
