package org.ocaq.enrolment;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.PeopleService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A large school's roster (3,000 children in 1,500 families across 20 classes) read, previewed and imported, as a
 * coordinator does it. Runs only with {@code ./mvnw -q -Pbench verify}.
 */
@Tag("bench")
@IntegrationTest
class RosterImportBenchmarkTest {

    private static final int CHILDREN = 3_000;
    private static final int CLASSES = 20;
    private static final String[] FIRST = {"Ələkbər", "Gülşən", "İlkin", "Şəbnəm", "Ömər", "Ülviyyə", "Çingiz",
            "Xədicə", "Ağa", "Nərmin"};
    private static final String[] LAST = {"Əliyev", "Məmmədova", "Hüseynov", "Qasımova", "Şükürov", "Cəfərli",
            "Bağırov", "Ağayeva", "Nəbiyev", "Rzayeva"};

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired RosterImportService roster;
    @Autowired ClassService classes;
    @Autowired PeopleService people;

    @Test
    void a_large_roster_is_previewed_and_imported() {
        TestData.World w = testData.world();
        StringBuilder csv = new StringBuilder("Ad;Soyad;Doğum tarixi;Qrup;Valideyn;E-poçt;Telefon\n");
        as(users, w.coordinator(), () -> {
            for (int c = 0; c < CLASSES; c++) {
                classes.createClass(w.schoolId(), new ClassForm("Qrup " + c, "Azərbaycan dili", "A1", 5, 16, "az", 500));
            }
        });
        for (int i = 0; i < CHILDREN; i++) {
            int family = i / 2;
            csv.append(FIRST[i % FIRST.length]).append(i).append(';').append(LAST[family % LAST.length]).append(';')
                    .append(String.format(Locale.ROOT, "%02d.%02d.%d", 1 + i % 28, 1 + i % 12, 2010 + i % 10))
                    .append(";Qrup ").append(i % CLASSES).append(";Valideyn ").append(family).append(';')
                    .append("valideyn").append(family).append("@example.org;+49 30 ").append(100000 + family)
                    .append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        as(users, w.coordinator(), () -> {
            long start = System.nanoTime();
            RosterUpload upload = roster.read(w.schoolId(), bytes);
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            RosterPreview preview = roster.preview(w.schoolId(), rows, Set.of());
            double previewMs = (System.nanoTime() - start) / 1e6;
            assertThat(preview.count(RosterRowStatus.NEW)).isEqualTo(CHILDREN);

            start = System.nanoTime();
            RosterImportResult result = roster.confirm(w.schoolId(), rows, Set.of(), preview, done -> { });
            double importS = (System.nanoTime() - start) / 1e9;
            assertThat(result.newChildren()).isEqualTo(CHILDREN);

            start = System.nanoTime();
            RosterPreview again = roster.preview(w.schoolId(), rows, Set.of());
            double reviewMs = (System.nanoTime() - start) / 1e6;
            assertThat(again.count(RosterRowStatus.UNCHANGED)).isEqualTo(CHILDREN);
            assertThat(people.countChildren(w.schoolId(), "")).isEqualTo(CHILDREN + 1);

            report("roster_preview_3000_rows_ms", previewMs, "ms");
            report("roster_import_rows_per_s", CHILDREN / importS, "1/s");
            report("roster_preview_3000_known_rows_ms", reviewMs, "ms");
        });
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }
}
