package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Files;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * The certificate's way from the coordinator to anyone who checks it: the coordinator issues a class's certificates
 * by the attendance rule (one child qualifies, the other is told why not), the parent downloads their child's PDF on
 * a phone, and a visitor who is not signed in opens /verify/&lt;code&gt; and sees it valid, then mistypes the code.
 */
@IntegrationTest
class CertificateJourneyTest extends BrowserJourney {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired ClassService classes;
    @Autowired UserDetailsService users;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_coordinator_issues_by_the_rule_a_parent_downloads_and_a_visitor_verifies() throws Exception {
        AttendanceWorld a = worlds.create();
        List<Long> children = a.placeChildren(2);
        long present = children.get(0); // the world's own child: present at both lessons, 100 %
        long missed = children.get(1);   // misses the first lesson: 50 %
        LessonFacts first = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(1));
        LessonFacts second = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(2));
        clock.setTo(Instant.parse("2027-02-01T10:00:00Z"));
        as(users, a.w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(first.lessonId());
            attendance.save(sheet, List.of(new MarkEntry(present, AttendanceStatus.PRESENT, null),
                    new MarkEntry(missed, AttendanceStatus.UNEXCUSED, null)));
            return null;
        });
        a.markAllPresent(attendance, second.lessonId());
        String className = as(users, a.w.coordinator(), () -> classes.getClass(a.classId).form().name());

        // The coordinator previews the class by the rule and issues.
        signIn(page, a.w.coordinator(), TestData.PASSWORD);
        page.navigate(url("/certificates"));
        assertThat(page.locator("#certificates-preview")).isVisible();
        awaitVaadin(page);
        Locator classInput = page.locator("#certificates-class input");
        classInput.click();
        classInput.fill(className);
        assertThat(page.locator("vaadin-combo-box-item:not([hidden])")
                .filter(new Locator.FilterOptions().setHasText(className))).isVisible();
        classInput.press("Enter");
        assertThat(classInput).hasValue(className);
        awaitVaadin(page);
        assertThat(page.locator("#certificates-min-rate input")).hasValue("75");
        page.locator("#certificates-signer input").fill("Leyla Həsənova");
        page.locator("#certificates-preview").click();
        Locator candidates = page.locator("#certificates-candidates");
        assertThat(candidates).isVisible();
        assertThat(candidates.locator("#candidate-" + present)).containsText("100");
        assertThat(candidates.locator("#candidate-" + present)).containsText(prefix("certificate.issue.qualifies"));
        Locator refused = candidates.locator("#candidate-" + missed);
        assertThat(refused).containsText(prefix("certificate.reason.rate-below"));
        assertThat(refused).containsText("50");
        assertThat(refused).containsText("75");
        screenshot(page, "certificates-preview", true);
        page.locator("#certificates-issue").click();
        assertThat(page.locator("#certificates-message"))
                .hasText(MessageFormat.format(text("certificate", AZERBAIJANI, "certificate.issue.done"), 1));
        List<CertificateSummary> issued = as(users, a.w.coordinator(),
                () -> certificates.classCertificates(a.classId, a.termId));
        org.assertj.core.api.Assertions.assertThat(issued).singleElement()
                .satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.childId()).isEqualTo(present));
        CertificateSummary certificate = issued.getFirst();
        String card = "#certificate-" + certificate.id();
        // The child's record has a passport spelling, which the card shows beside the name.
        assertThat(page.locator("#certificates-issued " + card + "-holder"))
                .hasText(certificate.holderName() + " (" + certificate.passportName() + ")");
        assertThat(page.locator("#certificates-issued " + card)).containsText(certificate.code());
        screenshot(page, "certificates-coordinator", true);

        // The parent downloads the child's certificate on a phone.
        BrowserContext parentPhone = newContext(phone().setAcceptDownloads(true));
        Page parentPage = parentPhone.newPage();
        signIn(parentPage, a.w.parent(), TestData.PASSWORD);
        parentPage.navigate(url("/family/certificates"));
        assertThat(parentPage.locator(card + "-holder")).hasText(certificate.holderName());
        assertThat(parentPage.locator(card + "-code")).containsText(certificate.code());
        awaitVaadin(parentPage);
        org.assertj.core.api.Assertions.assertThat(scrollWidth(parentPage)).as("family certificates on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(parentPage, "certificates-family-phone", true);
        Download pdf = parentPage.waitForDownload(() -> parentPage.locator(card + "-download").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, Math.min(5, bytes.length),
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
                    .contains(certificate.holderName());
        }

        // A visitor, not signed in, checks the code from the certificate, then mistypes it.
        BrowserContext visitorPhone = newContext(phone());
        Page visitor = visitorPhone.newPage();
        visitor.navigate(url("/verify/" + certificate.code()));
        assertThat(visitor.locator("#verify-result")).hasAttribute("data-outcome", "VALID");
        assertThat(visitor.locator("#verify-status")).hasText(text("certificate", AZERBAIJANI,
                "certificate.verify.valid"));
        assertThat(visitor.locator("#verify-holder")).hasText(certificate.holderName());
        awaitVaadin(visitor);
        org.assertj.core.api.Assertions.assertThat(scrollWidth(visitor)).as("verification on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(visitor, "certificate-verify-phone", true);
        String code = certificate.code();
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        char wrong = alphabet.charAt((alphabet.indexOf(code.charAt(0)) + 1) % alphabet.length());
        visitor.locator("#verify-code input").fill(wrong + code.substring(1));
        visitor.locator("#verify-button").click();
        assertThat(visitor.locator("#verify-result")).hasAttribute("data-outcome", "MISTYPED");
        assertThat(visitor.locator("#verify-status")).hasText(text("certificate", AZERBAIJANI,
                "certificate.verify.mistyped"));
        assertThat(visitor.locator("#verify-holder")).hasCount(0);
        screenshot(visitor, "certificate-verify-mistyped-phone", true);
    }

    /** The fixed start of a message, before its first argument. */
    private static String prefix(String key) {
        return text("certificate", AZERBAIJANI, key).split("\\{")[0].strip();
    }
}
