package org.ocaq.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Buttons as the views make them: translated text, a stable id for tests, one action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button primary(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
