package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.certificate.CertificateCode;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.certificate.VerifyThrottle;
import org.ocaq.classes.LessonFacts;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A visitor without an account checks certificate codes at /verify: a valid one shows its facts, a revoked one says
 * so, a mistyped one is caught by the check character, an unknown one is reported, and too many checks from one
 * address are refused for a while. Nothing on the page leads to other certificates.
 */
@ViewPackages(classes = {VerifyView.class, MainLayout.class})
class VisitorVerifiesCertificateTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired VerifyThrottle throttle;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Issued(String coordinator, List<CertificateSummary> certificates) {
    }

    /** Two children of a class who attended its lesson of 16 January 2027, certified on 20 January 2027. */
    private Issued issued() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 1, 16));
        clock.setTo(Instant.parse("2027-01-16T09:30:00Z"));
        a.markAllPresent(attendance, lesson.lessonId());
        clock.setTo(Instant.parse("2027-01-20T12:00:00Z"));
        List<CertificateSummary> summaries = as(users, a.w.coordinator(),
                () -> certificates.issueForClass(a.classId, a.termId, 1L, 75, "Leyla Həsənova"));
        // The visitor checks in real time, so the throttle's buckets never see the moved clock.
        clock.reset();
        assertThat(summaries).hasSize(2);
        return new Issued(a.w.coordinator(), summaries);
    }

    private static String compact(String code) {
        return CertificateCode.parse(code).orElseThrow().compact();
    }

    private String outcome() {
        return $(Div.class).id("verify-result").getElement().getAttribute("data-outcome");
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private String page() {
        return $(VerifyView.class).single().getElement().getTextRecursively();
    }

    @Test
    void a_visitor_checks_valid_revoked_mistyped_and_unknown_codes() {
        Issued issued = issued();
        List<CertificateSummary> summaries = issued.certificates();
        CertificateSummary gulshen = summaries.stream().filter(s -> s.holderName().contains("Gülşən")).findFirst()
                .orElseThrow();
        CertificateSummary other = summaries.stream().filter(s -> s != gulshen).findFirst().orElseThrow();

        // The QR code's address, with the compact code.
        navigate("verify/" + compact(gulshen.code()), VerifyView.class);
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("verify-status")).isEqualTo("Etibarlıdır");
        assertThat(text("verify-holder")).isEqualTo(gulshen.holderName()).contains("Gülşən", "Əliyeva");
        assertThat(text("verify-subject")).isEqualTo(gulshen.subject());
        assertThat(text("verify-school")).startsWith("Sınaq məktəbi ");
        assertThat(text("verify-issued")).contains("2027").containsIgnoringCase("yanvar");
        assertThat(text("verify-kind")).isEqualTo("Dərslərdə iştirak sertifikatı");
        assertThat(present("verify-edition")).as("a first edition says nothing about editions").isFalse();
        assertThat(present("verify-revoked")).isFalse();
        assertThat(text("verify-code-shown")).isEqualTo(gulshen.code());
        assertThat($(TextField.class).id("verify-code").getValue()).isEqualTo(gulshen.code());
        assertThat($(Div.class).id("verify-result").getElement().getAttribute("role")).isEqualTo("status");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sertifikatın yoxlanılması");

        // The printed, grouped form works as well.
        navigate("verify/" + gulshen.code(), VerifyView.class);
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("verify-holder")).isEqualTo(gulshen.holderName());

        // Nothing leads anywhere else, and nothing of the other certificate shows.
        assertThat($(Anchor.class).all()).isEmpty();
        assertThat($(Grid.class).all()).isEmpty();
        assertThat(page()).doesNotContain(other.holderName()).doesNotContain(other.code())
                .doesNotContain(compact(other.code()));

        // Revoked by the coordinator: the same facts, marked as revoked with the day.
        as(users, issued.coordinator(), () -> certificates.revoke(gulshen.id(), "Səhv verilib"));
        navigate("verify/" + compact(gulshen.code()), VerifyView.class);
        assertThat(outcome()).isEqualTo("REVOKED");
        assertThat(text("verify-status")).isEqualTo("Ləğv edilib");
        assertThat(text("verify-holder")).isEqualTo(gulshen.holderName());
        assertThat(present("verify-revoked")).isTrue();
        assertThat(text("verify-revoked")).contains(Integer.toString(LocalDate.now().getYear()));
        assertThat(page()).doesNotContain("Səhv verilib");

        // One character changed: the check character catches it.
        String code = compact(other.code());
        char changed = code.charAt(3) == 'A' ? 'B' : 'A';
        String mistyped = code.substring(0, 3) + changed + code.substring(4);
        navigate("verify/" + mistyped, VerifyView.class);
        assertThat(outcome()).isEqualTo("MISTYPED");
        assertThat(text("verify-status")).isEqualTo("Kodda yazı səhvi var: hər simvolu sertifikatdakı ilə tutuşdurun.");
        assertThat(present("verify-holder")).isFalse();

        // Well-formed, but no certificate has it.
        navigate("verify/" + CertificateCode.generate(new Random(7)).compact(), VerifyView.class);
        assertThat(outcome()).isEqualTo("UNKNOWN");
        assertThat(text("verify-status")).isEqualTo("Bu kodla sertifikat yoxdur.");
        assertThat(present("verify-holder")).isFalse();
    }

    @Test
    void typing_a_code_and_pressing_the_button_opens_its_shareable_address_in_the_visitors_language() {
        CertificateSummary first = issued().certificates().getFirst();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("verify", VerifyView.class);
        assertThat(present("verify-status")).isFalse();

        // Nothing typed: the field says so.
        test($(Button.class).id("verify-button")).click();
        assertThat($(TextField.class).id("verify-code").isInvalid()).isTrue();

        // Lower case with spaces instead of hyphens is read all the same.
        test($(TextField.class).id("verify-code")).setValue(first.code().toLowerCase(Locale.ROOT).replace('-', ' '));
        test($(Button.class).id("verify-button")).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("verify/" + compact(first.code()));
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("verify-status")).isEqualTo("Valid");
        assertThat(text("verify-issued")).isEqualTo("January 20, 2027");
        assertThat(text("verify-holder")).isEqualTo(first.holderName());

        // Pressing again at the same address checks again.
        test($(Button.class).id("verify-button")).click();
        assertThat(outcome()).isEqualTo("VALID");

        // A typo is answered in place.
        test($(TextField.class).id("verify-code")).setValue("ABCD-EFGH-JKMN-P");
        test($(Button.class).id("verify-button")).click();
        assertThat(outcome()).isEqualTo("MISTYPED");
        assertThat(text("verify-status")).startsWith("The code has a typing mistake");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate("verify/" + first.code(), VerifyView.class);
        assertThat(text("verify-status")).isEqualTo("Действителен");
        assertThat(text("verify-issued")).startsWith("20 января 2027");
    }

    @Test
    void too_many_checks_from_one_address_are_refused_for_a_while() {
        String code = CertificateCode.generate(new Random(11)).compact();
        navigate("verify/" + code, VerifyView.class);
        assertThat(outcome()).isEqualTo("UNKNOWN");
        String address = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr)
                .orElse("");
        int spent = 0;
        while (throttle.allow(address)) {
            spent++;
            assertThat(spent).as("the address's allowance ends").isLessThan(1000);
        }
        navigate("verify/" + code, VerifyView.class);
        assertThat(outcome()).isEqualTo("THROTTLED");
        assertThat(text("verify-status")).isEqualTo(
                "Ünvanınızdan çox sayda yoxlama edilib; bir dəqiqədən sonra yenidən cəhd edin.");

        // A minute later the address may check again (and the other tests find a full allowance).
        clock.advance(Duration.ofMinutes(2));
        navigate("verify/" + code, VerifyView.class);
        assertThat(outcome()).isEqualTo("UNKNOWN");
    }
}
