package org.ocaq.material;

import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SampleFiles;
import org.ocaq.testsupport.SignInClient;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/** Downloads over real HTTP, with a real session: the headers a browser acts on, and the refusals. */
@IntegrationTest
class MaterialDownloadHttpTest {

    @LocalServerPort int port;
    @Autowired AttendanceWorld.Factory worlds;
    @Autowired MaterialService materials;
    @Autowired UserDetailsService users;

    @Test
    void a_parent_downloads_over_http_with_safe_headers_and_others_get_nothing() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        a.placeChildren(1);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 27));
        byte[] pdf = SampleFiles.pdf();
        byte[] png = SampleFiles.png(640, 480);
        MaterialSummary sheet = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "Ailə — iş vərəqi.pdf", new ByteArrayInputStream(pdf)));
        MaterialSummary picture = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "Qız qalası.png", new ByteArrayInputStream(png)));

        SignInClient anonymous = new SignInClient(port);
        HttpResponse<byte[]> refused = anonymous.getBytes("/materials/" + sheet.id());
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(refused.body()).isNotEqualTo(pdf);

        SignInClient parent = new SignInClient(port);
        assertThat(SignInClient.succeeded(parent.signIn(a.w.parent(), TestData.PASSWORD))).isTrue();
        HttpResponse<byte[]> file = parent.getBytes("/materials/" + sheet.id());
        assertThat(file.statusCode()).as(() -> new String(file.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment;").contains("filename*=UTF-8''Ail%C9%99");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<byte[]> image = parent.getBytes("/materials/" + picture.id());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Disposition")).get().asString().startsWith("inline;");
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        HttpResponse<byte[]> thumbnail = parent.getBytes("/materials/" + picture.id() + "/thumbnail");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(thumbnail.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);

        // Another school's parent, and a guessed id, get the same answer: nothing there.
        SignInClient outsider = new SignInClient(port);
        assertThat(SignInClient.succeeded(outsider.signIn(other.w.parent(), TestData.PASSWORD))).isTrue();
        assertThat(outsider.getBytes("/materials/" + sheet.id()).statusCode()).isEqualTo(404);
        assertThat(outsider.getBytes("/materials/" + picture.id() + "/thumbnail").statusCode()).isEqualTo(404);
        assertThat(parent.getBytes("/materials/" + (Long.MAX_VALUE - 3)).statusCode()).isEqualTo(404);
        assertThat(parent.getBytes("/materials/../../etc/passwd").statusCode()).isNotEqualTo(200);
    }
}
