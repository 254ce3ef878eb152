package org.ocaq.devsupport;

import org.ocaq.shared.AzText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Fills a network-scale database (500 schools, 5,000 classes, 50,000 children with their families and guardians) for
 * tests and benchmarks, in seconds: JDBC batches straight into the tables, bypassing the services that would take one
 * round trip per row. Test sources only; production never has it.
 * <p>
 * Rows look exactly as the entities write them: sort and search keys from {@link AzText} built from the same text.
 * Ids come from the same MariaDB sequences Hibernate uses, reserved the way Hibernate's pooled optimizer does: each
 * {@code nextval} returning v owns the ids v-49..v, so entities created later through JPA never collide with them.
 * Everything is marked by a slug prefix; a prefix already present is not generated again.
 */
public class NetworkGenerator {

    /** Hibernate's allocationSize and the sequences' increment (V3–V5). */
    private static final int BLOCK = 50;
    private static final int BATCH = 1000;
    private static final String[][] COUNTRIES = {{"DE", "Europe/Berlin", "Berlin"}, {"GB", "Europe/London", "London"},
            {"FR", "Europe/Paris", "Paris"}, {"NL", "Europe/Amsterdam", "Den Haag"},
            {"SE", "Europe/Stockholm", "Stockholm"}, {"US", "America/New_York", "New York"},
            {"CA", "America/Toronto", "Toronto"}, {"AZ", "Asia/Baku", "Bakı"}};
    private static final String[] SCHOOL_WORDS = {"Vətən", "Odlar Yurdu", "Xarıbülbül", "Günəş", "Çinar", "Ocaq",
            "Qarabağ", "Şuşa", "Gəncə", "Naxçıvan", "İçərişəhər", "Xəzər", "Ağdam", "Qobustan", "Şəki", "Lənkəran"};

    private final JdbcTemplate jdbc;

    public NetworkGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to make; {@link #network()} is the size the issue asks lists to scale to. */
    public record Size(int schools, int classesPerSchool, int childrenPerSchool, int teachersPerSchool) {

        public static Size network() {
            return new Size(500, 10, 100, 4);
        }
    }

    /** The schools made under the prefix, in the order they were made. */
    public record Generated(String prefix, List<Long> schoolIds) {
    }

    /** Makes the schools with their classes, teachers, families, guardians and children, unless the prefix exists. */
    public Generated generate(String prefix, Size size) {
        // prefix-1, prefix-2, ...: "bench" must not take "bench-big-1" for its own.
        List<Long> existing = jdbc.query("select id, slug from school where slug like ? order by id",
                        (row, n) -> row.getString("slug").substring(prefix.length() + 1).matches("[0-9]+")
                                ? row.getLong("id") : null, prefix.replace("_", "\\_").replace("%", "\\%") + "-%")
                .stream().filter(java.util.Objects::nonNull).toList();
        if (!existing.isEmpty()) {
            return new Generated(prefix, existing);
        }
        Random random = new Random(prefix.hashCode());
        for (String[] country : COUNTRIES) {
            jdbc.update("insert ignore into country (code, digital_consent_age) values (?, 16)", country[0]);
        }
        Ids schoolIds = new Ids("school_seq");
        Ids classIds = new Ids("school_class_seq");
        Ids teacherIds = new Ids("teacher_seq");
        Ids familyIds = new Ids("family_seq");
        Ids guardianIds = new Ids("guardian_seq");
        Ids childIds = new Ids("child_seq");

        List<Object[]> schools = new ArrayList<>();
        List<Object[]> classes = new ArrayList<>();
        List<Object[]> teachers = new ArrayList<>();
        List<Object[]> families = new ArrayList<>();
        List<Object[]> guardians = new ArrayList<>();
        List<Object[]> children = new ArrayList<>();
        List<Long> made = new ArrayList<>();
        LocalDate born = LocalDate.of(2012, 1, 1);
        for (int s = 0; s < size.schools(); s++) {
            String[] country = COUNTRIES[s % COUNTRIES.length];
            long schoolId = schoolIds.next();
            made.add(schoolId);
            String name = country[2] + " " + SCHOOL_WORDS[s % SCHOOL_WORDS.length] + " Məktəbi " + (s + 1);
            schools.add(new Object[]{schoolId, prefix + "-" + (s + 1), name, AzText.sortKey(name),
                    AzText.searchKey(name + " " + country[2]), country[2], country[0], "IN_PERSON", country[1]});
            for (int c = 0; c < size.classesPerSchool(); c++) {
                int band = c % DemoNetwork.CLASS_NAMES.length;
                String className = DemoNetwork.CLASS_NAMES[band] + " — qrup " + (c / DemoNetwork.CLASS_NAMES.length + 1);
                classes.add(new Object[]{classIds.next(), schoolId, className, AzText.sortKey(className),
                        DemoNetwork.CLASS_SUBJECTS[band], "A" + (1 + c % 2), DemoNetwork.CLASS_AGES[band][0],
                        DemoNetwork.CLASS_AGES[band][1], "az", 12 + c % 8});
            }
            for (int t = 0; t < size.teachersPerSchool(); t++) {
                boolean woman = random.nextBoolean();
                String fullName = pick(random, woman ? DemoNetwork.GIRLS : DemoNetwork.BOYS) + " "
                        + DemoNetwork.SURNAMES[random.nextInt(DemoNetwork.SURNAMES.length)][woman ? 1 : 0];
                String email = prefix + "-" + (s + 1) + "-t" + (t + 1) + "@gen.example";
                teachers.add(new Object[]{teacherIds.next(), schoolId, fullName, AzText.sortKey(fullName),
                        AzText.searchKey(fullName + " " + email), email, "az",
                        pick(random, DemoNetwork.QUALIFICATIONS)});
            }
            int childrenLeft = size.childrenPerSchool();
            while (childrenLeft > 0) {
                String[] surname = DemoNetwork.SURNAMES[random.nextInt(DemoNetwork.SURNAMES.length)];
                long familyId = familyIds.next();
                String familyName = surname[0] + " ailəsi";
                families.add(new Object[]{familyId, schoolId, familyName, AzText.sortKey(familyName)});
                int guardianCount = 1 + random.nextInt(2);
                for (int g = 0; g < guardianCount; g++) {
                    boolean mother = g == 0;
                    String fullName = pick(random, mother ? DemoNetwork.GIRLS : DemoNetwork.BOYS) + " "
                            + surname[mother ? 1 : 0];
                    String email = prefix + "-f" + familyId + "-" + (g + 1) + "@gen.example";
                    guardians.add(new Object[]{guardianIds.next(), familyId, fullName, AzText.sortKey(fullName),
                            AzText.searchKey(fullName + " " + email), email, "az"});
                }
                int childCount = Math.min(childrenLeft, 1 + random.nextInt(3));
                for (int k = 0; k < childCount; k++) {
                    boolean girl = random.nextBoolean();
                    String first = pick(random, girl ? DemoNetwork.GIRLS : DemoNetwork.BOYS);
                    String last = surname[girl ? 1 : 0];
                    String fullName = last + " " + first;
                    String passportName = AzText.searchKey(first + " " + last).toUpperCase(java.util.Locale.ROOT);
                    children.add(new Object[]{childIds.next(), familyId, schoolId, first, last, fullName,
                            AzText.sortKey(fullName), AzText.searchKey(fullName + " " + passportName), passportName,
                            Date.valueOf(born.plusDays(random.nextInt(365 * 12))), "az, " + country[0].toLowerCase()});
                }
                childrenLeft -= childCount;
            }
        }
        insert("""
                insert into school (id, version, slug, name, sort_key, search_key, city, country_code, delivery,
                    time_zone) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""", schools);
        insert("""
                insert into school_class (id, version, school_id, name, sort_key, subject, level, min_age, max_age,
                    language, capacity, open_for_enrolment) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""", classes);
        insert("""
                insert into teacher (id, version, school_id, full_name, sort_key, search_key, email, languages,
                    qualifications) values (?, 0, ?, ?, ?, ?, ?, ?, ?)""", teachers);
        insert("insert into family (id, version, school_id, name, sort_key) values (?, 0, ?, ?, ?)", families);
        insert("""
                insert into guardian (id, version, family_id, full_name, sort_key, search_key, email,
                    preferred_language) values (?, 0, ?, ?, ?, ?, ?, ?)""", guardians);
        insert("""
                insert into child (id, version, family_id, school_id, first_name, last_name, full_name, sort_key,
                    search_key, passport_name, date_of_birth, home_languages)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", children);
        return new Generated(prefix, made);
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Ids from a sequence as Hibernate's pooled optimizer hands them out: nextval returning v reserves v-49..v.
     * A value below the first full block (a fresh sequence's start value) is skipped, because Hibernate, getting the
     * start value, treats it as the low end of its first block.
     */
    private final class Ids {

        private final String sequence;
        private final Deque<Long> free = new ArrayDeque<>();

        Ids(String sequence) {
            this.sequence = sequence;
        }

        long next() {
            while (free.isEmpty()) {
                // One round trip reserves many blocks; the seq_1_to_N table is MariaDB's Sequence engine.
                List<Long> his = jdbc.queryForList("select nextval(" + sequence + ") from seq_1_to_20", Long.class);
                for (long hi : his) {
                    if (hi > 2 * BLOCK) {
                        for (long id = hi - BLOCK + 1; id <= hi; id++) {
                            free.add(id);
                        }
                    }
                }
            }
            return free.poll();
        }
    }
}
