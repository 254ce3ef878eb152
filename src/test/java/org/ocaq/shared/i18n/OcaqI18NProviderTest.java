package org.ocaq.shared.i18n;

import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OcaqI18NProviderTest {

    private final OcaqI18NProvider provider = new OcaqI18NProvider();

    @Test
    void offers_azerbaijani_english_and_russian_with_azerbaijani_first() {
        assertThat(provider.getProvidedLocales()).containsExactly(Languages.AZERBAIJANI, Languages.ENGLISH,
                Languages.RUSSIAN);
    }

    @Test
    void translates_into_each_offered_language() {
        assertThat(provider.getTranslation("shared.layout.sign-out", Languages.AZERBAIJANI)).isEqualTo("Çıxış");
        assertThat(provider.getTranslation("shared.layout.sign-out", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("shared.layout.sign-out", Languages.RUSSIAN)).isEqualTo("Выйти");
    }

    @Test
    void a_regional_variant_gets_its_language() {
        assertThat(provider.getTranslation("shared.layout.sign-out", Locale.UK)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("shared.layout.sign-out", Locale.forLanguageTag("ru-KZ"))).isEqualTo("Выйти");
        assertThat(provider.getTranslation("shared.layout.sign-out", Locale.forLanguageTag("az-Latn-AZ")))
                .isEqualTo("Çıxış");
    }

    @Test
    void no_locale_gets_azerbaijani() {
        assertThat(provider.getTranslation("shared.layout.sign-out", null)).isEqualTo("Çıxış");
    }

    @Test
    void an_unsupported_locale_gets_azerbaijani() {
        assertThat(provider.getTranslation("shared.layout.sign-out", Locale.GERMAN)).isEqualTo("Çıxış");
        assertThat(provider.getTranslation("home.network.country", Locale.GERMANY, "Almaniya", 2))
                .isEqualTo("Almaniya — 2 məktəb");
    }

    @Test
    void parameters_are_put_in_their_places() {
        assertThat(provider.getTranslation("home.network.summary", Languages.AZERBAIJANI, 9, 7, 250))
                .isEqualTo("7 ölkədə 9 məktəb, 250 şagird");
        assertThat(provider.getTranslation("home.network.summary", Locale.ENGLISH, 9, 7, 250))
                .isEqualTo("9 schools in 7 countries, 250 children");
    }

    @Test
    void numbers_are_formatted_for_the_language() {
        String english = provider.getTranslation("home.network.summary", Locale.ENGLISH, 1234, 3, 56789);
        String russian = provider.getTranslation("home.network.summary", Languages.RUSSIAN, 1234, 3, 56789);

        assertThat(english).isEqualTo("1,234 schools in 3 countries, 56,789 children");
        String russianThousands = NumberFormat.getIntegerInstance(Languages.RUSSIAN).format(1234);
        assertThat(russianThousands).isNotEqualTo("1,234");
        assertThat(russian).startsWith(russianThousands + " школ").doesNotContain("1,234");
    }

    @Test
    void a_message_without_parameters_is_returned_as_written() {
        assertThat(provider.getTranslation("people.guardian.contact-required", Locale.ENGLISH))
                .isEqualTo("Enter the guardian's email or phone.");
    }

    @Test
    void a_missing_key_shows_itself_between_exclamation_marks() {
        assertThat(provider.getTranslation("home.no-such-key", Locale.ENGLISH)).isEqualTo("!home.no-such-key!");
        assertThat(provider.getTranslation("home.no-such-key", null)).isEqualTo("!home.no-such-key!");
    }

    @Test
    void every_language_has_the_same_keys() {
        assertThat(provider.keys(Locale.ENGLISH)).isEqualTo(provider.keys(Languages.AZERBAIJANI)).isNotEmpty();
        assertThat(provider.keys(Languages.RUSSIAN)).isEqualTo(provider.keys(Languages.AZERBAIJANI));
    }

    @Test
    void the_language_of_a_bundle_file_is_read_from_its_name() {
        assertThat(OcaqI18NProvider.languageOf("security.properties")).isEqualTo("az");
        assertThat(OcaqI18NProvider.languageOf("security_en.properties")).isEqualTo("en");
        assertThat(OcaqI18NProvider.languageOf("home_ru.properties")).isEqualTo("ru");
    }
}
