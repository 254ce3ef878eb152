package org.ocaq.home.ui;

import java.util.Locale;

/** Country names in the reader's language, from the JDK's locale data. */
final class Countries {

    private Countries() {
    }

    static String name(String code, Locale language) {
        String name = Locale.of("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }
}
