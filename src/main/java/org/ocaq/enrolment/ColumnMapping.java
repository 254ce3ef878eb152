package org.ocaq.enrolment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column (0-based) of a roster file holds which field; a field without a column is left as it is. */
public record ColumnMapping(Map<RosterField, Integer> columns) {

    public ColumnMapping {
        EnumMap<RosterField, Integer> copy = new EnumMap<>(RosterField.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public int column(RosterField field) {
        return columns.getOrDefault(field, -1);
    }

    public ColumnMapping with(RosterField field, Integer column) {
        EnumMap<RosterField, Integer> changed = new EnumMap<>(RosterField.class);
        changed.putAll(columns);
        changed.entrySet().removeIf(e -> e.getValue().equals(column));
        if (column == null || column < 0) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(changed);
    }

    public List<RosterField> missingRequired() {
        return java.util.Arrays.stream(RosterField.values())
                .filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    /** The rows of a file as this mapping reads them. */
    public List<RosterRow> rows(RosterFile file) {
        return file.lines().stream().map(line -> {
            EnumMap<RosterField, String> values = new EnumMap<>(RosterField.class);
            columns.forEach((field, column) -> values.put(field, line.cell(column)));
            return new RosterRow(line.lineNumber(), values);
        }).toList();
    }

    /** "FIELD=column" pairs, for remembering the mapping. */
    String encode() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, column) -> text.append(text.isEmpty() ? "" : ";").append(field).append('=').append(column));
        return text.toString();
    }

    static ColumnMapping decode(String text, int columnCount) {
        EnumMap<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        for (String pair : text.split(";")) {
            String[] parts = pair.split("=");
            if (parts.length == 2) {
                try {
                    int column = Integer.parseInt(parts[1]);
                    if (column < columnCount) {
                        columns.put(RosterField.valueOf(parts[0]), column);
                    }
                } catch (IllegalArgumentException ignored) {
                    // A field renamed since the mapping was saved: the coordinator picks it again.
                }
            }
        }
        return new ColumnMapping(columns);
    }
}
