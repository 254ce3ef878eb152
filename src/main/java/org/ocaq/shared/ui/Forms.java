package org.ocaq.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Shows a service's per-field problems on the form, in the user's language; the typed values stay. */
public final class Forms {

    private Forms() {
    }

    public static void showProblems(Map<String, List<String>> problems, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        problems.forEach((field, keys) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(keys.stream().map(k -> UI.getCurrent().getTranslation(k))
                        .collect(Collectors.joining(" ")));
                target.setInvalid(true);
            }
        });
    }
}
