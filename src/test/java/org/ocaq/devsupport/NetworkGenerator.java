package org.ocaq.devsupport;

import org.ocaq.shared.AzText;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A school year of lessons and attendance for the first {@code schools} schools of a generated network: terms
     * splitting {@code weeks} weeks from {@code firstMonday}, one weekly lesson per class, every child placed in
     * {@code classesPerChild} classes of their school, and a taken sheet with one mark per placed child for every
     * lesson before {@code takenBefore}. {@link #schoolYear()} makes about a million marks.
     */
    public record YearSize(int schools, LocalDate firstMonday, int weeks, int terms, int classesPerChild,
                           LocalDate takenBefore) {

        /** 2025/26 on 93 schools of {@link Size#network()}: 930 classes × 36 lessons × 30 children, all taken. */
        public static YearSize schoolYear() {
            return new YearSize(93, LocalDate.of(2025, 9, 8), 36, 2, 3, LocalDate.of(2026, 6, 1));
        }
    }

    /** What a school year made (or found already made): its terms per school and the rows. */
    public record GeneratedYear(List<Long> schoolIds, Map<Long, List<Long>> termIdsBySchool, long lessons,
                                long sheets, long marks, long rowsWritten) {

        /** Whether this call made the year (false: it was there already and nothing was written). */
        public boolean madeNow() {
            return rowsWritten > 0;
        }
    }

    /**
     * Makes a school year of lessons and attendance on top of {@link #generate} (see {@link YearSize}), unless the
     * network's first school has lessons already. Marks are about 88 % present, 5 % late, 4 % excused and 3 %
     * unexcused; every unexcused absence counts as told to the family already (an absence_notice row), as it would
     * be a year later. About 3 % of the places start in the middle of the year; those children are marked from then.
     */
    public GeneratedYear generateYear(Generated network, YearSize year) {
        List<Long> schoolIds = network.schoolIds().subList(0, Math.min(year.schools(), network.schoolIds().size()));
        String in = String.join(",", schoolIds.stream().map(String::valueOf).toList());
        Long existing = jdbc.queryForObject("""
                select count(*) from lesson l join school_class c on c.id = l.class_id where c.school_id = ?""",
                Long.class, schoolIds.getFirst());
        if (existing != null && existing > 0) {
            Map<Long, List<Long>> terms = new LinkedHashMap<>();
            jdbc.query("select school_id, id from term where school_id in (" + in + ") order by school_id, starts_on",
                    row -> {
                        terms.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
                    });
            return new GeneratedYear(schoolIds, terms, count("""
                    select count(*) from lesson l join school_class c on c.id = l.class_id
                    where c.school_id in (""" + in + ")"),
                    count("select count(*) from attendance_sheet where school_id in (" + in + ")"),
                    count("""
                            select count(*) from attendance_mark m join attendance_sheet s on s.lesson_id = m.lesson_id
                            where s.school_id in (""" + in + ")"), 0);
        }
        Random random = new Random(network.prefix().hashCode() * 31L + year.hashCode());

        Map<Long, ZoneId> zones = new HashMap<>();
        jdbc.query("select id, time_zone from school where id in (" + in + ")",
                row -> {
                    zones.put(row.getLong(1), ZoneId.of(row.getString(2)));
                });
        Map<Long, List<Long>> classesBySchool = new LinkedHashMap<>();
        jdbc.query("select school_id, id from school_class where school_id in (" + in + ") order by school_id, id",
                row -> {
                    classesBySchool.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
                });
        Map<Long, List<long[]>> childrenBySchool = new HashMap<>();
        jdbc.query("select school_id, id, family_id from child where school_id in (" + in + ") order by school_id, id",
                row -> {
                    childrenBySchool.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new long[]{row.getLong(2), row.getLong(3)});
                });

        // One connection for all rows, without foreign key checks: the generator writes every sheet before its marks,
        // and the check per mark would be a third of the time.
        return jdbc.execute((ConnectionCallback<GeneratedYear>) con -> {
            JdbcTemplate out = new JdbcTemplate(new SingleConnectionDataSource(con,
                    true));
            out.execute("set foreign_key_checks = 0");
            try {
                return writeYear(out, year, schoolIds, random, zones, classesBySchool, childrenBySchool);
            } finally {
                out.execute("set foreign_key_checks = 1");
            }
        });
    }

    private GeneratedYear writeYear(JdbcTemplate out, YearSize year, List<Long> schoolIds, Random random,
                                    Map<Long, ZoneId> zones,
                                    Map<Long, List<Long>> classesBySchool,
                                    Map<Long, List<long[]>> childrenBySchool) {
        Ids termIds = new Ids("term_seq");
        Ids lessonIds = new Ids("lesson_seq");
        Ids placementIds = new Ids("placement_seq");
        Rows terms = new Rows(out, "insert into term (id, version, school_id, name, starts_on, ends_on)",
                "(?, 0, ?, ?, ?, ?)");
        Rows slots = new Rows(out, """
                insert into class_slot (class_id, position, day_of_week, starts_at, duration_minutes)""",
                "(?, ?, ?, ?, ?)");
        Rows placements = new Rows(out, """
                insert into placement (id, version, school_id, class_id, child_id, family_id, placed_at, source,
                    term_id, application_id, starts_on)""", "(?, 0, ?, ?, ?, ?, ?, ?, null, null, ?)");
        Rows lessons = new Rows(out, """
                insert into lesson (id, version, class_id, term_id, planned_on, planned_at, lesson_date,
                    starts_at, duration_minutes, status, moved)""", "(?, 0, ?, ?, ?, ?, ?, ?, 90, 'SCHEDULED', false)");
        Rows sheets = new Rows(out, """
                insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                    taken_at, taken_by)""", "(?, 1, ?, ?, ?, ?, ?, ?)");
        Rows marks = new Rows(out, """
                insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)""",
                "(?, ?, ?, ?, ?, false)", sheets);
        Rows notices = new Rows(out, "insert into absence_notice (lesson_id, child_id, queued_at)", "(?, ?, ?)");
        Map<Long, List<Long>> termsBySchool = new LinkedHashMap<>();
        long lessonCount = 0;
        long sheetCount = 0;
        long markCount = 0;
        Timestamp placedAt = Timestamp.valueOf(year.firstMonday().minusDays(14).atTime(12, 0));
        String[] termNames = {"payız", "yaz", "yay"};
        for (long schoolId : schoolIds) {
            ZoneId zone = zones.get(schoolId);
            long[] termOf = new long[year.terms()];
            String yearName = year.firstMonday().getYear() + "/" + (year.firstMonday().getYear() + 1) % 100;
            for (int t = 0; t < year.terms(); t++) {
                int fromWeek = t * year.weeks() / year.terms();
                int toWeek = (t + 1) * year.weeks() / year.terms();
                termOf[t] = termIds.next();
                termsBySchool.computeIfAbsent(schoolId, id -> new ArrayList<>()).add(termOf[t]);
                terms.add(termOf[t], schoolId, yearName + " — " + termNames[t % termNames.length],
                        Date.valueOf(year.firstMonday().plusWeeks(fromWeek)),
                        Date.valueOf(year.firstMonday().plusWeeks(toWeek).minusDays(1)));
            }
            List<Long> classIds = classesBySchool.getOrDefault(schoolId, List.of());
            List<long[]> kids = childrenBySchool.getOrDefault(schoolId, List.of());
            // The children of each class, with the week each starts in (0 for most).
            List<List<long[]>> pupils = new ArrayList<>();
            classIds.forEach(c -> pupils.add(new ArrayList<>()));
            for (int k = 0; k < kids.size() && !classIds.isEmpty(); k++) {
                long[] kid = kids.get(k);
                for (int j = 0; j < Math.min(year.classesPerChild(), classIds.size()); j++) {
                    int c = (k + j) % classIds.size();
                    int fromWeek = random.nextInt(100) < 3 ? 2 + random.nextInt(Math.max(1, year.weeks() - 4)) : 0;
                    LocalDate startsOn = fromWeek == 0 ? null : year.firstMonday().plusWeeks(fromWeek);
                    placements.add(placementIds.next(), schoolId, classIds.get(c), kid[0], kid[1], placedAt,
                            "ROSTER_IMPORT", startsOn == null ? null : Date.valueOf(startsOn));
                    pupils.get(c).add(new long[]{kid[0], kid[1], fromWeek});
                }
            }
            for (int c = 0; c < classIds.size(); c++) {
                long classId = classIds.get(c);
                DayOfWeek day = c % 2 == 0 ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
                LocalTime startsAt = LocalTime.of(10 + 2 * (c / 2 % 4), 0);
                Time time = Time.valueOf(startsAt);
                slots.add(classId, 0, day.name(), time, 90);
                List<long[]> classPupils = pupils.get(c);
                classPupils.sort(java.util.Comparator.comparingLong(p -> p[0]));
                for (int w = 0; w < year.weeks(); w++) {
                    LocalDate date = year.firstMonday().plusWeeks(w).with(java.time.temporal.TemporalAdjusters
                            .nextOrSame(day));
                    long termId = termOf[w * year.terms() / year.weeks()];
                    long lessonId = lessonIds.next();
                    Date sqlDate = Date.valueOf(date);
                    lessons.add(lessonId, classId, termId, sqlDate, time, sqlDate, time);
                    lessonCount++;
                    if (!date.isBefore(year.takenBefore())) {
                        continue;
                    }
                    Instant start = date.atTime(startsAt).atZone(zone).toInstant();
                    Timestamp takenAt = Timestamp.from(start.plusSeconds(15 * 60));
                    sheets.add(lessonId, schoolId, classId, termId, sqlDate, takenAt, null);
                    sheetCount++;
                    for (long[] pupil : classPupils) {
                        if (pupil[2] > w) {
                            continue;
                        }
                        int roll = random.nextInt(100);
                        String status = roll < 88 ? "PRESENT" : roll < 93 ? "LATE" : roll < 97 ? "EXCUSED"
                                : "UNEXCUSED";
                        String note = "EXCUSED".equals(status) && random.nextBoolean() ? "Xəstədir" : null;
                        marks.add(lessonId, pupil[0], pupil[1], status, note);
                        markCount++;
                        if ("UNEXCUSED".equals(status)) {
                            notices.add(lessonId, pupil[0], Timestamp.from(start.plusSeconds(3600)));
                        }
                    }
                }
            }
        }
        terms.flush();
        slots.flush();
        placements.flush();
        lessons.flush();
        sheets.flush();
        marks.flush();
        notices.flush();
        long written = java.util.stream.Stream.of(terms, slots, placements, lessons, sheets, marks, notices)
                .mapToLong(r -> r.written).sum();
        return new GeneratedYear(schoolIds, termsBySchool, lessonCount, sheetCount, markCount, written);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Rows of one table, written as multi-row inserts of up to 2,000 rows (one statement, one round trip each).
     * {@code head} lists the columns, {@code tuple} the values of one row (parameters and constants); a table whose
     * rows reference another's (a foreign key) writes that one first.
     */
    private final class Rows {

        private static final int PER_STATEMENT = 2000;
        private final JdbcTemplate out;
        private final String head;
        private final String tuple;
        private final Rows referenced;
        private final List<Object> args = new ArrayList<>();
        private int rows;
        private long written;

        Rows(JdbcTemplate out, String head, String tuple) {
            this(out, head, tuple, null);
        }

        Rows(JdbcTemplate out, String head, String tuple, Rows referenced) {
            this.out = out;
            this.head = head;
            this.tuple = tuple;
            this.referenced = referenced;
        }

        void add(Object... values) {
            java.util.Collections.addAll(args, values);
            if (++rows == PER_STATEMENT) {
                flush();
            }
        }

        void flush() {
            if (rows == 0) {
                return;
            }
            if (referenced != null) {
                referenced.flush();
            }
            StringBuilder sql = new StringBuilder(head.length() + rows * (tuple.length() + 1) + 8).append(head)
                    .append(" values ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
            }
            // setObject straight away: a null through JdbcTemplate's own setter would ask the driver for the
            // parameter's type, a round trip per null.
            out.update(sql.toString(), ps -> {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
            });
            written += rows;
            args.clear();
            rows = 0;
        }
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
