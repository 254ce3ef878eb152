package org.ocaq.shared.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void the_first_supported_language_of_the_browser_list_wins() {
        assertThat(Languages.fromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.8")).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.fromAcceptLanguage("ru;q=0.5,en-GB;q=0.9")).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_regional_azerbaijani_tag_means_azerbaijani() {
        assertThat(Languages.fromAcceptLanguage("az-Latn-AZ")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.supported("az-Latn-AZ")).contains(Languages.AZERBAIJANI);
    }

    @Test
    void a_browser_without_a_supported_language_gets_azerbaijani() {
        assertThat(Languages.fromAcceptLanguage("de-DE,fr;q=0.8")).isEqualTo(Languages.AZERBAIJANI);
    }

    @Test
    void a_malformed_or_missing_header_gets_azerbaijani() {
        assertThat(Languages.fromAcceptLanguage("garbage")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.fromAcceptLanguage("garbage;;q=x,,")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.fromAcceptLanguage("*/*; ümid")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.fromAcceptLanguage("")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Languages.AZERBAIJANI);
    }

    @Test
    void a_java_locale_name_with_an_underscore_is_understood() {
        assertThat(Languages.supported("en_GB")).contains(Locale.ENGLISH);
        assertThat(Languages.supported("ru_RU")).contains(Languages.RUSSIAN);
    }

    @Test
    void an_unsupported_language_is_not_supported_and_defaults_to_azerbaijani() {
        assertThat(Languages.supported("de")).isEmpty();
        assertThat(Languages.supported(" ")).isEmpty();
        assertThat(Languages.supportedOrDefault("de")).isEqualTo(Languages.AZERBAIJANI);
        assertThat(Languages.supportedOrDefault(null)).isEqualTo(Languages.AZERBAIJANI);
    }

    @Test
    void azerbaijani_is_the_first_and_default_language() {
        assertThat(Languages.SUPPORTED).first().isEqualTo(Languages.DEFAULT);
        assertThat(Languages.DEFAULT.getLanguage()).isEqualTo("az");
    }
}
