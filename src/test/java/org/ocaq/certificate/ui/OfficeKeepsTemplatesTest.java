package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.TemplateSummary;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/** The network office adds a certificate template; a missing field is said beside it and nothing typed is lost. */
@ViewPackages(classes = {CertificateTemplatesView.class, MainLayout.class})
class OfficeKeepsTemplatesTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired CertificateService certificates;

    @Test
    void the_office_adds_a_template_that_coordinators_then_choose_from() {
        String office = TestData.unique("ofis") + "@test.example";
        testData.account(office, "Şəbəkə Ofisi", Role.NETWORK_ADMIN);
        TestData.World w = testData.world();
        String name = "Müəllim hazırlığı — Bakı " + TestData.unique("t");

        signIn(office);
        navigate(CertificateTemplatesView.class);
        test($(TextField.class).id("template-name")).setValue(name);
        test($(Button.class).id("template-save")).click();
        // The signer's title is missing: said on the field, the name stays as typed.
        assertThat($(TextField.class).id("template-signer-title").isInvalid()).isTrue();
        assertThat($(TextField.class).id("template-name").getValue()).isEqualTo(name);
        test($(TextField.class).id("template-signer-title")).setValue("Şəbəkə ofisinin rəhbəri");
        test($(Button.class).id("template-save")).click();
        assertThat($(Paragraph.class).id("template-message").getText()).contains(name);

        assertThat(as(users, w.coordinator(), () -> certificates.templates()))
                .extracting(t -> t.form().name()).contains(name);
        TemplateSummary saved = as(users, w.coordinator(), () -> certificates.templates()).stream()
                .filter(t -> t.form().name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.form().minRatePercent()).isEqualTo(75);

        // Changing it: chosen in the list, saved, and the page says so (the list's reload must not wipe the message).
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<TemplateSummary> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("templates-grid");
        grid.asSingleSelect().setValue(grid.getListDataView().getItems().filter(t -> t.id() == saved.id())
                .findFirst().orElseThrow());
        assertThat($(TextField.class).id("template-name").getValue()).isEqualTo(name);
        test($(TextField.class).id("template-signer-title")).setValue("Təlim şöbəsinin müdiri");
        test($(Button.class).id("template-save")).click();
        assertThat($(Paragraph.class).id("template-message").getText()).contains(name);
        assertThat(as(users, w.coordinator(), () -> certificates.templates()).stream()
                .filter(t -> t.id() == saved.id()).findFirst().orElseThrow().form().signerTitle())
                .isEqualTo("Təlim şöbəsinin müdiri");
        // Coordinators choose templates; they do not make them.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(users, w.coordinator(),
                () -> certificates.saveTemplate(saved.id(), saved.version(), saved.form())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
