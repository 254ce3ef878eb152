package org.ocaq.certificate;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.SignInClient;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/**
 * A family downloads its children's certificates over real HTTP, with a real session: the headers a browser acts on,
 * the PDF itself, and the refusals; and the guardian was told by email when they were issued.
 */
@IntegrationTest
class CertificateDownloadHttpTest {

    static final long TERM_ATTENDANCE_EN = 1L;

    @LocalServerPort int port;
    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Two children present at the lesson of 16 January 2027, and their certificates issued by the coordinator. */
    private List<CertificateSummary> issued(AttendanceWorld a) {
        a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 1, 16));
        // The lesson started at 10:00 in Berlin (09:00 UTC); the sheet is taken after it.
        clock.setTo(Instant.parse("2027-01-16T12:00:00Z"));
        a.markAllPresent(attendance, lesson.lessonId());
        List<CertificateSummary> issued = as(users, a.w.coordinator(), () -> certificates.issueForClass(
                a.classId, a.termId, TERM_ATTENDANCE_EN, 75, "Leyla Həsənova"));
        assertThat(issued).extracting(CertificateSummary::childId)
                .containsExactlyInAnyOrderElementsOf(a.children);
        return issued;
    }

    @Test
    void a_parent_downloads_their_childs_certificate_and_others_get_nothing() throws IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        CertificateSummary gulshan = issued(a).stream().filter(c -> c.childId() == a.w.childId()).findFirst()
                .orElseThrow();

        SignInClient anonymous = new SignInClient(port);
        HttpResponse<byte[]> refused = anonymous.getBytes("/certificate-pdf/" + gulshan.id());
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(new String(refused.body(), StandardCharsets.ISO_8859_1)).doesNotStartWith("%PDF-");

        SignInClient parent = new SignInClient(port);
        assertThat(SignInClient.succeeded(parent.signIn(a.w.parent(), TestData.PASSWORD))).isTrue();
        HttpResponse<byte[]> file = parent.getBytes("/certificate-pdf/" + gulshan.id());
        assertThat(file.statusCode()).as(() -> new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // Əliyeva: Ə is U+018F, C6 8F in UTF-8.
        assertThat(file.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment;").contains("filename*=UTF-8''%C6%8Fliyeva");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(file.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(gulshan.holderName(), gulshan.code());
        }

        // Another school's parent, and a guessed id, get the same answer: nothing there.
        SignInClient outsider = new SignInClient(port);
        assertThat(SignInClient.succeeded(outsider.signIn(other.w.parent(), TestData.PASSWORD))).isTrue();
        HttpResponse<byte[]> foreign = outsider.getBytes("/certificate-pdf/" + gulshan.id());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEmpty();
        HttpResponse<byte[]> guessed = parent.getBytes("/certificate-pdf/" + (Long.MAX_VALUE - 3));
        assertThat(guessed.statusCode()).isEqualTo(404);
        assertThat(guessed.body()).isEmpty();
    }

    @Test
    void the_guardian_is_emailed_each_certificate_with_the_childs_name_and_where_to_check_its_code() {
        AttendanceWorld a = worlds.create();
        List<CertificateSummary> issued = issued(a);
        // The outbox sends what is due by the (moved) clock, so the clock stays in 2027 until the mail is there.
        for (CertificateSummary certificate : issued) {
            String verifyUrl = certificates.verifyUrl(certificate.code());
            assertThat(verifyUrl).endsWith("/verify/" + certificate.code().replace("-", ""));
            MimeMessage mail = awaitMail(a.w.parent(), verifyUrl);
            assertThat(TestMail.body(mail)).contains(certificate.holderName(), certificate.code(),
                    "/family/certificates");
        }
    }

    /** signer_name is varchar(150): a longer name is the coordinator's field problem, not a database error. */
    @Test
    void a_signer_name_longer_than_its_column_is_refused_as_a_field_problem() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 1, 16));
        clock.setTo(Instant.parse("2027-01-16T12:00:00Z"));
        a.markAllPresent(attendance, lesson.lessonId());
        assertThatThrownBy(() -> as(users, a.w.coordinator(),
                () -> certificates.issueForClass(a.classId, a.termId, TERM_ATTENDANCE_EN, 75, "L".repeat(151))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField()).containsKey("signerName"));
        assertThat(as(users, a.w.coordinator(), () -> certificates.issueForClass(a.classId, a.termId,
                TERM_ATTENDANCE_EN, 75, "L".repeat(150)))).hasSize(1);
    }

    private static MimeMessage awaitMail(String address, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<MimeMessage> found = TestMail.to(address).stream().filter(m -> TestMail.body(m).contains(text))
                    .toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                assertThat(found).as("mail to " + address + " with " + text).hasSize(1);
                return found.getFirst();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
