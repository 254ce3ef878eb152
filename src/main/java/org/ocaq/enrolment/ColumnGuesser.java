package org.ocaq.enrolment;

import org.ocaq.shared.AzText;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which column holds which field from the header cells that coordinators' spreadsheets use today, in
 * Azerbaijani, English and Russian, and from Ocaq's own export headers. The coordinator checks and corrects it.
 */
final class ColumnGuesser {

    private static final Map<RosterField, List<String>> EXACT = new EnumMap<>(Map.ofEntries(
            Map.entry(RosterField.CHILD_FIRST_NAME, List.of("ad", "child first name", "first name", "firstname",
                    "child name", "usagin adi", "sagirdin adi", "имя", "имя ребенка")),
            Map.entry(RosterField.CHILD_LAST_NAME, List.of("soyad", "child surname", "child last name", "surname",
                    "last name", "lastname", "usagin soyadi", "sagirdin soyadi", "фамилия", "фамилия ребенка")),
            Map.entry(RosterField.PASSPORT_NAME, List.of("pasportdaki ad", "pasport adi", "name in passport",
                    "passport name", "имя в паспорте", "имя по паспорту")),
            Map.entry(RosterField.DATE_OF_BIRTH, List.of("dogum tarixi", "date of birth", "birth date", "dob",
                    "birthday", "дата рождения")),
            Map.entry(RosterField.CLASS_NAME, List.of("qrup", "sinif", "class", "group", "класс", "группа")),
            Map.entry(RosterField.GUARDIAN_NAME, List.of("valideyn ad soyad", "valideyn", "valideynin adi",
                    "parent guardian name", "guardian name", "parent name", "parent", "guardian", "родитель",
                    "имя родителя")),
            Map.entry(RosterField.GUARDIAN_EMAIL, List.of("e poct", "email", "e mail", "parent email",
                    "guardian email", "valideynin e poctu", "эл почта", "электронная почта")),
            Map.entry(RosterField.GUARDIAN_PHONE, List.of("telefon", "phone", "parent phone", "guardian phone",
                    "mobile", "телефон")),
            Map.entry(RosterField.GUARDIAN_LANGUAGE, List.of("valideynin dili", "guardian language",
                    "parent language", "preferred language", "язык родителя")),
            Map.entry(RosterField.HOME_LANGUAGES, List.of("evde danisilan diller", "home languages",
                    "languages at home", "языки дома")),
            Map.entry(RosterField.NOTE_FOR_TEACHERS, List.of("qeyd", "notes", "note", "note for teachers",
                    "muellimler ucun qeyd", "примечание", "заметка"))));

    /** Word stems that give a header away when no exact name matches; the first matching field wins. */
    private static final List<Map.Entry<RosterField, List<String>>> STEMS = List.of(
            Map.entry(RosterField.GUARDIAN_EMAIL, List.of("mail", "poct", "почт")),
            Map.entry(RosterField.GUARDIAN_PHONE, List.of("phone", "telefon", "телеф", "mobil")),
            Map.entry(RosterField.DATE_OF_BIRTH, List.of("birth", "dogum", "рожд")),
            Map.entry(RosterField.PASSPORT_NAME, List.of("passport", "pasport", "паспорт")),
            Map.entry(RosterField.GUARDIAN_NAME, List.of("parent", "guardian", "valideyn", "родит")),
            Map.entry(RosterField.CHILD_LAST_NAME, List.of("surname", "soyad", "фамил")),
            Map.entry(RosterField.CLASS_NAME, List.of("class", "qrup", "sinif", "групп", "класс")),
            Map.entry(RosterField.HOME_LANGUAGES, List.of("language", "diller", "язык")),
            Map.entry(RosterField.NOTE_FOR_TEACHERS, List.of("note", "qeyd", "примеч", "замет")));

    private ColumnGuesser() {
    }

    /** labels: more names per field that count as exact (the export's headers in every language). */
    static ColumnMapping guess(List<String> headers, Map<RosterField, Set<String>> labels) {
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        Set<Integer> used = new HashSet<>();
        List<String> normalized = headers.stream().map(ColumnGuesser::normalize).toList();
        for (RosterField field : RosterField.values()) {
            Set<String> names = new HashSet<>(EXACT.getOrDefault(field, List.of()));
            labels.getOrDefault(field, Set.of()).forEach(label -> names.add(normalize(label)));
            for (int column = 0; column < normalized.size(); column++) {
                if (!used.contains(column) && names.contains(normalized.get(column))) {
                    columns.put(field, column);
                    used.add(column);
                    break;
                }
            }
        }
        for (Map.Entry<RosterField, List<String>> stems : STEMS) {
            if (columns.containsKey(stems.getKey())) {
                continue;
            }
            for (int column = 0; column < normalized.size(); column++) {
                String header = normalized.get(column);
                if (!used.contains(column) && stems.getValue().stream().anyMatch(header::contains)) {
                    columns.put(stems.getKey(), column);
                    used.add(column);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /** Folded, lower case, punctuation as spaces: "Valideyn (ad, soyad)" → "valideyn ad soyad". */
    static String normalize(String header) {
        return AzText.searchKey(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
