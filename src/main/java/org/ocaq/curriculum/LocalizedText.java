package org.ocaq.curriculum;

import java.util.Locale;

/** A text of the curriculum in Azerbaijani with its English and Russian versions (either may be missing). */
public record LocalizedText(String az, String en, String ru) {

    /** The text in the reader's language, falling back to Azerbaijani, the curriculum's own language. */
    public String in(Locale locale) {
        String wanted = switch (locale == null ? "az" : locale.getLanguage()) {
            case "en" -> en;
            case "ru" -> ru;
            default -> az;
        };
        return wanted == null || wanted.isBlank() ? az : wanted;
    }
}
