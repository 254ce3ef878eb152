package org.ocaq.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages, Azerbaijani first. Adding German or Turkish means adding bundles and a line here. */
public final class Languages {

    public static final Locale AZERBAIJANI = Locale.forLanguageTag("az");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public static final List<Locale> SUPPORTED = List.of(AZERBAIJANI, ENGLISH, RUSSIAN);
    public static final Locale DEFAULT = AZERBAIJANI;

    private Languages() {
    }

    /** The supported locale for a language tag or locale, if we have one (az-Latn-AZ → az). */
    public static Optional<Locale> supported(String tagOrLanguage) {
        if (tagOrLanguage == null || tagOrLanguage.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tagOrLanguage.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static Locale supportedOrDefault(String tagOrLanguage) {
        return supported(tagOrLanguage).orElse(DEFAULT);
    }

    /** The best supported locale for an Accept-Language list, or the default. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? DEFAULT : match;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
