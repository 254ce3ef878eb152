package org.ocaq.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AzTextTest {

    /** The 32 letters of the Azerbaijani Latin alphabet, in order. */
    private static final List<String> ALPHABET = List.of("A", "B", "C", "Ç", "D", "E", "Ə", "F", "G", "Ğ", "H", "X",
            "I", "İ", "J", "K", "Q", "L", "M", "N", "O", "Ö", "P", "R", "S", "Ş", "T", "U", "Ü", "V", "Y", "Z");

    @Test
    void names_sort_in_azerbaijani_alphabetical_order_by_comparator_and_by_stored_sort_key() {
        List<String> expected = List.of("Cəfər", "Çingiz", "Əli", "Hüseyn", "Xədicə", "Ilqar", "İlham", "Kamran",
                "Qasım", "Ömər", "Şahin", "Ülvi");

        assertSortsTo(expected);
    }

    @Test
    void the_letters_of_the_alphabet_sort_in_alphabet_order() {
        assertThat(ALPHABET).hasSize(32);
        assertSortsTo(ALPHABET);
        assertSortsTo(ALPHABET.stream().map(AzTextTest::lowerCaseAz).toList());
    }

    @Test
    void names_starting_with_each_letter_sort_in_alphabet_order() {
        // No Azerbaijani word starts with ğ; it is checked inside a word below.
        List<String> expected = List.of("Aydın", "Bəhruz", "Cəmilə", "Çiçək", "Dilarə", "Elnur", "Əsmər", "Fərid",
                "Gülnar", "Həsən", "Xəyal", "Ilqar", "İlham", "Jalə", "Kamran", "Qasım", "Leyla", "Murad", "Nərgiz",
                "Orxan", "Ömər", "Pərvin", "Rəşad", "Səbinə", "Şahin", "Tural", "Ulduz", "Ülvi", "Vüqar", "Yusif",
                "Zaur");

        assertSortsTo(expected);
    }

    @Test
    void x_sorts_after_h_and_before_dotless_i_as_in_the_azerbaijani_alphabet() {
        assertSortsTo(List.of("Həsən", "Xəyal", "Ilqar"));
    }

    @Test
    void q_sorts_after_k_and_before_l_as_in_the_azerbaijani_alphabet() {
        assertSortsTo(List.of("Kamran", "Qasım", "Leyla"));
    }

    @Test
    void dotless_i_sorts_before_dotted_i() {
        assertSortsTo(List.of("Ilqar", "İlham"));
        assertSortsTo(List.of("sıra", "sirr"));
    }

    @Test
    void letters_with_marks_sort_after_their_base_letter_not_beside_it() {
        assertSortsTo(List.of("Cavid", "Cəfər", "Cüt", "Çay"));
        assertSortsTo(List.of("Dag", "Dağ", "Dah"));
        assertSortsTo(List.of("Oğuz", "Ozan", "Ömər", "Pərvin"));
        assertSortsTo(List.of("Sura", "Şahin", "Tural"));
        assertSortsTo(List.of("Uzeyir", "Ülvi", "Vüqar"));
    }

    @Test
    void sort_key_ignores_surrounding_spaces_and_treats_null_as_empty() {
        assertThat(AzText.sortKey("  Əli ")).isEqualTo(AzText.sortKey("Əli"));
        assertThat(AzText.sortKey(null)).isEqualTo(AzText.sortKey(""));
        assertThat(Arrays.compareUnsigned(AzText.sortKey(""), AzText.sortKey("A"))).isNegative();
    }

    @Test
    void sort_key_is_cut_at_the_column_size() {
        String veryLong = "Əliyeva-Qasımova ".repeat(200);

        assertThat(AzText.sortKey(veryLong)).hasSize(AzText.MAX_SORT_KEY_BYTES);
        assertThat(AzText.sortKey("Gülşən Əliyeva").length).isLessThan(AzText.MAX_SORT_KEY_BYTES);
    }

    @Test
    void search_key_folds_azerbaijani_letters_to_plain_lower_case_ascii() {
        assertThat(AzText.searchKey("Gülşən Əliyeva")).isEqualTo("gulsen eliyeva");
        assertThat(AzText.searchKey("İlkin Qasımov")).isEqualTo("ilkin qasimov");
        assertThat(AzText.searchKey("ÇİÇƏK AĞAYEVA")).isEqualTo("cicek agayeva");
        assertThat(AzText.searchKey("Ilqar Ömərov")).isEqualTo("ilqar omerov");
    }

    @Test
    void search_key_collapses_spaces_and_treats_null_as_empty() {
        assertThat(AzText.searchKey("  Aydın \t  Əliyev  ")).isEqualTo("aydin eliyev");
        assertThat(AzText.searchKey(null)).isEmpty();
    }

    @Test
    void what_a_user_types_without_azerbaijani_letters_finds_the_name() {
        assertThat(AzText.searchKey("Gülşən Əliyeva")).contains(AzText.searchKey("Gulsen"));
        assertThat(AzText.searchKey("Şahin Qasımov")).contains(AzText.searchKey("qasim"));
    }

    @Test
    void contains_pattern_wraps_the_folded_query_in_wildcards() {
        assertThat(AzText.containsPattern(" Gülşən ")).isEqualTo("%gulsen%");
    }

    @Test
    void contains_pattern_escapes_percent_underscore_and_backslash_so_they_match_themselves() {
        assertThat(AzText.containsPattern("50%")).isEqualTo("%50\\%%");
        assertThat(AzText.containsPattern("a_b")).isEqualTo("%a\\_b%");
        assertThat(AzText.containsPattern("a\\b")).isEqualTo("%a\\\\b%");
    }

    private static void assertSortsTo(List<String> expected) {
        for (long seed = 1; seed <= 5; seed++) {
            List<String> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));

            List<String> byComparator = new ArrayList<>(shuffled);
            byComparator.sort(AzText.comparator());
            List<String> bySortKey = new ArrayList<>(shuffled);
            bySortKey.sort((a, b) -> Arrays.compareUnsigned(AzText.sortKey(a), AzText.sortKey(b)));

            assertThat(byComparator).as("sorted by comparator").containsExactlyElementsOf(expected);
            assertThat(bySortKey).as("sorted by stored sort key").containsExactlyElementsOf(expected);
        }
    }

    private static String lowerCaseAz(String letter) {
        return letter.toLowerCase(java.util.Locale.forLanguageTag("az"));
    }
}
