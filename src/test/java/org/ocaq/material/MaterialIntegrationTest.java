package org.ocaq.material;

import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.InputStreamResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.ocaq.testsupport.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.SampleFiles.pdf;
import static org.ocaq.testsupport.TestData.as;

/** A teacher attaches a PDF to a lesson; the families of the class download it, nobody else does. */
@IntegrationTest
class MaterialIntegrationTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired MaterialService materials;
    @Autowired MaterialDownloadController downloads;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private static byte[] body(ResponseEntity<InputStreamResource> response) throws IOException {
        try (InputStream in = response.getBody().getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_class_families_download_the_pdf_as_an_attachment_and_other_families_get_nothing() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        a.placeChildren(1);
        other.placeChildren(1);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 6));
        byte[] bytes = pdf();
        MaterialSummary added = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "Əlifba — iş vərəqi.pdf", new ByteArrayInputStream(bytes)));
        assertThat(added.kind()).isEqualTo(MaterialKind.PDF);

        ResponseEntity<InputStreamResource> response = as(users, a.w.parent(), () -> downloads.download(added.id()));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(response)).isEqualTo(bytes);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(as(users, a.w.parent(), () -> materials.lessonMaterials(lesson.lessonId())))
                .extracting(MaterialSummary::fileName).containsExactly("Əlifba — iş vərəqi.pdf");

        for (String outsider : new String[]{other.w.parent(), other.w.teacher(), other.w.coordinator()}) {
            assertThat(as(users, outsider, () -> downloads.download(added.id())).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThatThrownBy(() -> as(users, outsider, () -> materials.lessonMaterials(lesson.lessonId())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(users, a.w.parent(), () -> downloads.download(Long.MAX_VALUE - 11)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void outsiders_cannot_attach_and_a_refused_file_leaves_no_row_and_no_file() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 6));
        long rows = jdbc.queryForObject("select count(*) from material", Long.class);
        byte[] bytes = pdf();
        for (String outsider : new String[]{other.w.teacher(), a.w.parent()}) {
            assertThatThrownBy(() -> as(users, outsider, () -> materials.attachToLesson(lesson.lessonId(), "x.pdf",
                    new ByteArrayInputStream(bytes)))).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        byte[] executable = Files.readAllBytes(Paths.get("/bin/ls"));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "dərs.pdf", new ByteArrayInputStream(executable)))).isInstanceOfSatisfying(MaterialProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("material.upload.type-refused"));
        assertThat(jdbc.queryForObject("select count(*) from material", Long.class)).isEqualTo(rows);
    }
}
