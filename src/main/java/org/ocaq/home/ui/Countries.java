package org.ocaq.home.ui;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.Locale;

/** Country names in the reader's language, from the JDK's locale data. */
final class Countries {

    private Countries() {
    }

    /** Orders country codes by their names in the reader's language and alphabet (Almaniya before Kanada). */
    static Comparator<String> byName(Locale language) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language));
        return Comparator.comparing(code -> name(code, language), collator::compare);
    }

    static String name(String code, Locale language) {
        String name = Locale.of("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }
}
