package org.ocaq.material;

import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SqlStatements;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.SampleFiles.pdf;
import static org.ocaq.testsupport.SampleFiles.png;
import static org.ocaq.testsupport.TestData.as;

/**
 * Materials of curriculum units (a school's own, or the network's), thumbnails of images, removal, and the files of a
 * child's lessons read at once.
 */
@IntegrationTest
class UnitMaterialIntegrationTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired TestData testData;
    @Autowired MaterialService materials;
    @Autowired CurriculumService curriculum;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Value("${ocaq.material.dir:${java.io.tmpdir}/ocaq-materials}") Path folder;

    private long firstUnit(String teacher) {
        return as(users, teacher, () -> {
            long courseId = curriculum.courses().stream().filter(c -> c.slug().equals("azerbaycan-dili-1"))
                    .findFirst().orElseThrow().id();
            return curriculum.course(courseId).units().getFirst().id();
        });
    }

    private String networkOffice() {
        String admin = TestData.unique("ofis") + "@test.example";
        testData.account(admin, "Şəbəkə Ofisi", Role.NETWORK_ADMIN);
        return admin;
    }

    private static List<String> names(List<MaterialSummary> list) {
        return list.stream().map(MaterialSummary::fileName).toList();
    }

    @Test
    void a_schools_unit_material_stays_in_the_school_until_the_network_office_shares_it() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld b = worlds.create();
        String office = networkOffice();
        long unitId = firstUnit(a.w.teacher());
        byte[] worksheet = pdf();

        MaterialSummary ours = as(users, a.w.teacher(), () -> materials.attachToUnit(unitId, a.w.schoolId(),
                "Əlifba — ə, ğ, ı.pdf", new ByteArrayInputStream(worksheet)));
        MaterialSummary shared = as(users, office, () -> materials.attachToUnit(unitId, null,
                "Şəbəkə — səslər.pdf", new ByteArrayInputStream(worksheet)));
        assertThat(shared.networkWide()).isTrue();
        assertThat(ours.networkWide()).isFalse();

        // Network-wide first, then the school's own; another school sees only the network's.
        assertThat(names(as(users, a.w.teacher(), () -> materials.unitMaterials(unitId))))
                .containsSubsequence("Şəbəkə — səslər.pdf", "Əlifba — ə, ğ, ı.pdf");
        assertThat(names(as(users, b.w.teacher(), () -> materials.unitMaterials(unitId))))
                .contains("Şəbəkə — səslər.pdf").doesNotContain("Əlifba — ə, ğ, ı.pdf");
        assertThatThrownBy(() -> as(users, b.w.teacher(), () -> materials.download(ours.id())))
                .isInstanceOf(AccessDeniedException.class);
        // Teaching materials are not for families, shared or not.
        for (long id : new long[]{ours.id(), shared.id()}) {
            assertThatThrownBy(() -> as(users, a.w.parent(), () -> materials.download(id)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(users, a.w.parent(), () -> materials.unitMaterials(unitId)))
                .isInstanceOf(AccessDeniedException.class);

        // Only the network office shares; then every school has it.
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> materials.shareWithNetwork(ours.id())))
                .isInstanceOf(AccessDeniedException.class);
        as(users, office, () -> materials.shareWithNetwork(ours.id()));
        try (InputStream in = as(users, b.w.teacher(), () -> materials.download(ours.id())).content()) {
            assertThat(in.readAllBytes()).isEqualTo(worksheet);
        }
        assertThat(as(users, b.w.teacher(), () -> materials.unitMaterials(unitId)))
                .filteredOn(m -> m.id() == ours.id()).singleElement()
                .satisfies(m -> assertThat(m.networkWide()).isTrue())
                .satisfies(m -> assertThat(m.removable()).isFalse());
    }

    @Test
    void a_unit_material_is_kept_only_for_a_school_of_ones_own_and_the_network_only_by_its_office() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld b = worlds.create();
        long unitId = firstUnit(a.w.teacher());
        byte[] bytes = pdf();
        long rows = jdbc.queryForObject("select count(*) from material", Long.class);
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> materials.attachToUnit(unitId, b.w.schoolId(),
                "x.pdf", new ByteArrayInputStream(bytes)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> materials.attachToUnit(unitId, null,
                "x.pdf", new ByteArrayInputStream(bytes)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, a.w.parent(), () -> materials.attachToUnit(unitId, a.w.schoolId(),
                "x.pdf", new ByteArrayInputStream(bytes)))).isInstanceOf(AccessDeniedException.class);
        // A guessed unit id is refused like a forbidden one.
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> materials.attachToUnit(Long.MAX_VALUE - 5,
                a.w.schoolId(), "x.pdf", new ByteArrayInputStream(bytes)))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from material", Long.class)).isEqualTo(rows);
        assertThat(as(users, a.w.teacher(), () -> materials.unitUploadSchools())).containsExactly(a.w.schoolId());
    }

    @Test
    void an_image_gets_a_small_thumbnail_made_by_the_server() throws IOException {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 13));
        byte[] photo = png(1600, 1000);
        MaterialSummary image = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "Novruz süfrəsi.png", new ByteArrayInputStream(photo)));
        assertThat(image.kind()).isEqualTo(MaterialKind.IMAGE);
        assertThat(image.hasThumbnail()).isTrue();
        assertThat(image.thumbnailAddress()).isEqualTo("materials/" + image.id() + "/thumbnail");
        byte[] thumbnail;
        try (InputStream in = as(users, a.w.parent(), () -> materials.thumbnail(image.id()))) {
            thumbnail = in.readAllBytes();
        }
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(200);
        assertThat(thumbnail.length).isLessThan(photo.length);
        // The thumbnail is as private as the image.
        AttendanceWorld other = worlds.create();
        assertThatThrownBy(() -> as(users, other.w.parent(), () -> materials.thumbnail(image.id())))
                .isInstanceOf(AccessDeniedException.class);
        // A PDF has none.
        MaterialSummary document = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "vərəq.pdf", new ByteArrayInputStream(pdf())));
        assertThat(document.hasThumbnail()).isFalse();
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> materials.thumbnail(document.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void removing_a_material_deletes_its_files_and_only_the_right_people_may() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld b = worlds.create();
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 20));
        MaterialSummary image = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "şəkil.png", new ByteArrayInputStream(png(800, 600))));
        String stored = jdbc.queryForObject("select stored_name from material where id = ?", String.class,
                image.id());
        String thumbnail = jdbc.queryForObject("select thumbnail_name from material where id = ?", String.class,
                image.id());
        assertThat(folder.resolve(stored)).exists();
        assertThat(folder.resolve(thumbnail)).exists();
        for (String outsider : new String[]{a.w.parent(), b.w.teacher(), b.w.coordinator()}) {
            assertThatThrownBy(() -> as(users, outsider, () -> materials.remove(image.id()))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(users, a.w.teacher(), () -> materials.remove(image.id()));
        assertThat(jdbc.queryForObject("select count(*) from material where id = ?", Long.class, image.id()))
                .isZero();
        assertThat(folder.resolve(stored)).doesNotExist();
        assertThat(folder.resolve(thumbnail)).doesNotExist();

        // A unit material: its uploader and the school's coordinator may remove it; not a teacher of another school.
        long unitId = firstUnit(a.w.teacher());
        MaterialSummary unitFile = as(users, a.w.teacher(), () -> materials.attachToUnit(unitId, a.w.schoolId(),
                "rənglər.pdf", new ByteArrayInputStream(pdf())));
        assertThatThrownBy(() -> as(users, b.w.teacher(), () -> materials.remove(unitFile.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(users, a.w.coordinator(), () -> materials.unitMaterials(unitId)))
                .filteredOn(m -> m.id() == unitFile.id()).singleElement()
                .satisfies(m -> assertThat(m.removable()).isTrue());
        as(users, a.w.coordinator(), () -> materials.remove(unitFile.id()));
        assertThat(names(as(users, a.w.teacher(), () -> materials.unitMaterials(unitId))))
                .doesNotContain("rənglər.pdf");
    }

    @Test
    void a_childs_lesson_files_are_read_at_once_with_statements_not_growing_with_lessons() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        a.placeChildren(1);
        List<Long> lessons = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            LessonFacts lesson = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(week));
            lessons.add(lesson.lessonId());
            byte[] bytes = pdf();
            as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(), "dərs " + lesson.lessonId()
                    + ".pdf", new ByteArrayInputStream(bytes)));
        }
        SqlStatements.Counted<Map<Long, List<MaterialSummary>>> one = as(users, a.w.parent(),
                () -> SqlStatements.counted(() -> materials.materialsOfLessons(lessons.subList(0, 1))));
        SqlStatements.Counted<Map<Long, List<MaterialSummary>>> six = as(users, a.w.parent(),
                () -> SqlStatements.counted(() -> materials.materialsOfLessons(lessons)));
        assertThat(one.result()).containsOnlyKeys(lessons.getFirst());
        assertThat(six.result()).containsOnlyKeys(lessons);
        assertThat(six.result().get(lessons.get(3))).extracting(MaterialSummary::fileName)
                .containsExactly("dərs " + lessons.get(3) + ".pdf");
        assertThat(six.statements()).isEqualTo(one.statements());
        // Another school's family gets nothing from the same lesson ids.
        assertThat(as(users, other.w.parent(), () -> materials.materialsOfLessons(lessons))).isEmpty();
    }

    @Test
    void when_the_transaction_fails_after_an_image_was_stored_neither_it_nor_its_thumbnail_stays() throws IOException {
        AttendanceWorld a = worlds.create();
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 3, 6));
        List<String> before = filesIn(folder);
        byte[] photo = png(900, 900);
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> transactions.executeWithoutResult(status -> {
            MaterialSummary added = materials.attachToLesson(lesson.lessonId(), "p.png",
                    new ByteArrayInputStream(photo));
            assertThat(added.hasThumbnail()).isTrue();
            assertThat(filesIn(folder)).hasSize(before.size() + 2);
            throw new IllegalStateException("something later in the same transaction failed");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(filesIn(folder)).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<String> filesIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
