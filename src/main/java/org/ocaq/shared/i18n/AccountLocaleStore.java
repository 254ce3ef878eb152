package org.ocaq.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in person's language is remembered. Implemented by the security feature, which owns accounts;
 * declared here so that the shell can use it without depending on that feature.
 */
public interface AccountLocaleStore {

    /** The language of the signed-in account, empty for a visitor. */
    Optional<Locale> currentAccountLocale();

    /** Remember the language for the signed-in account; does nothing for a visitor. */
    void rememberForCurrentAccount(Locale locale);
}
