package org.ocaq.security;

import java.util.List;
import java.util.Map;

/**
 * Input that cannot be accepted, with a message key per field, so that the form can mark each field and keep
 * everything the user typed.
 */
public class FieldProblems extends RuntimeException {

    private final Map<String, List<String>> byField;

    public FieldProblems(Map<String, List<String>> byField) {
        super("Invalid input: " + byField);
        this.byField = Map.copyOf(byField);
    }

    public Map<String, List<String>> byField() {
        return byField;
    }
}
