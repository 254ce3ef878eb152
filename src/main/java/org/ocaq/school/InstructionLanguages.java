package org.ocaq.school;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The languages a school may teach in, as ISO 639-1 codes: Azerbaijani and the languages of the countries where the
 * network's schools are. Each has a name in every bundle under {@code school.language.<code>}.
 */
public final class InstructionLanguages {

    public static final String AZERBAIJANI = "az";

    public static final List<String> CODES = List.of(AZERBAIJANI, "en", "ru", "tr", "de", "fr", "nl", "sv", "no",
            "pl", "uk", "ka", "it", "es", "he", "ar");

    private InstructionLanguages() {
    }

    public static String messageKey(String code) {
        return "school.language." + code;
    }

    /** The codes in the order of {@link #CODES}, so a school's languages read the same wherever they are shown. */
    static List<String> ordered(List<String> codes) {
        return CODES.stream().filter(codes::contains).toList();
    }

    static String join(List<String> codes) {
        return String.join(",", ordered(codes));
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return ordered(Arrays.stream(stored.split(",")).map(String::strip).collect(Collectors.toList()));
    }
}
