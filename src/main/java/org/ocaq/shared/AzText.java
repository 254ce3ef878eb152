package org.ocaq.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Sorting and searching Azerbaijani names.
 * <p>
 * MariaDB has no Azerbaijani collation, so lists sort by a key from ICU's Azerbaijani collator stored
 * in an indexed column (docs/decisions/0002-azerbaijani-sorting-and-search.md). Search, by contrast, must forgive
 * missing letters ("Gulsen" finds "Gülşən"), so it compares a folded ASCII form.
 */
public final class AzText {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(new ULocale("az"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    /** Longest sort key we store; names are limited to 200 characters, keys stay far below this. */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private AzText() {
    }

    /** A byte key whose unsigned byte order is the Azerbaijani alphabetical order of the text. */
    public static byte[] sortKey(String text) {
        byte[] key = COLLATOR.get().getCollationKey(text == null ? "" : text.strip()).toByteArray();
        if (key.length > MAX_SORT_KEY_BYTES) {
            byte[] cut = new byte[MAX_SORT_KEY_BYTES];
            System.arraycopy(key, 0, cut, 0, MAX_SORT_KEY_BYTES);
            return cut;
        }
        return key;
    }

    public static Comparator<String> comparator() {
        return (a, b) -> COLLATOR.get().compare(a, b);
    }

    /**
     * Lower-case ASCII form for forgiving search: ə→e, ı/İ→i, ş→s, ç→c, ğ→g, ö→o, ü→u, other accents dropped,
     * and the Cyrillic and Latin spellings users type for the same sounds are not attempted here.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case 'Ə', 'ə' -> folded.append('e');
                case 'I', 'ı', 'İ', 'i' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        String withoutMarks = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The pattern for a LIKE query on a search key column; % and _ typed by a user match themselves. */
    public static String containsPattern(String query) {
        String key = searchKey(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
