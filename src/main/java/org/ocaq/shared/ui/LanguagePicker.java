package org.ocaq.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.i18n.UiLocale;

import java.util.Locale;

/** A labelled language choice for pages outside the shell (sign-in, sign-up); the choice is remembered. */
public class LanguagePicker extends Select<Locale> {

    public LanguagePicker(UiLocale uiLocale) {
        setId("language-picker");
        setLabel(getTranslation("shared.layout.language"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> getTranslation("shared.language." + l.getLanguage()));
        setValue(Languages.supportedOrDefault(UI.getCurrent() == null ? null : UI.getCurrent().getLocale().getLanguage()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                uiLocale.switchTo(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
