package org.ocaq.enrolment;

import java.util.EnumMap;
import java.util.Map;

/** One data line of a roster file, as the mapping reads it; the coordinator may correct its values in the preview. */
public record RosterRow(int lineNumber, Map<RosterField, String> values) {

    public RosterRow {
        EnumMap<RosterField, String> copy = new EnumMap<>(RosterField.class);
        values.forEach((field, value) -> copy.put(field, value == null ? "" : value.strip()));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public String value(RosterField field) {
        return values.getOrDefault(field, "");
    }

    public RosterRow with(RosterField field, String value) {
        EnumMap<RosterField, String> changed = new EnumMap<>(RosterField.class);
        changed.putAll(values);
        changed.put(field, value);
        return new RosterRow(lineNumber, changed);
    }
}
