package org.ocaq.home.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.FamilySummary;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.school.CountrySchools;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.shared.AzText;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role sees its own section of the home view and none of the others'; the sections show that person's
 * own data; the side navigation offers the dev mailbox to the network office only.
 */
@ViewPackages(classes = {HomeView.class, MainLayout.class})
class HomeViewPerRoleTest extends BrowserlessUiTest {

    private static final Set<String> SECTIONS = Set.of("network-overview", "school-overview", "teacher-overview",
            "family-overview", "learner-overview");

    private static final DateTimeFormatter AZ_DATES = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.forLanguageTag("az"));

    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;

    @Test
    void network_office_sees_every_country_with_its_schools() {
        signIn(DemoNetwork.ADMIN);
        navigate(HomeView.class);

        assertOnlySections("network-overview");
        List<CountrySchools> byCountry = schools.schoolsByCountry().stream()
                .sorted(java.util.Comparator.comparing(
                        c -> Countries.name(c.countryCode(), Locale.forLanguageTag("az")), AzText.comparator()))
                .toList();
        assertThat(byCountry).extracting(CountrySchools::countryCode)
                .contains("DE", "GB", "FR", "NL", "SE", "US", "CA", "AZ");

        Section overview = $(Section.class).id("network-overview");
        List<Grid> grids = $(Grid.class, overview).all();
        List<H3> countryHeadings = $(H3.class, overview).all();
        assertThat(grids).hasSameSizeAs(byCountry);
        assertThat(countryHeadings).hasSameSizeAs(byCountry);
        for (int i = 0; i < byCountry.size(); i++) {
            CountrySchools country = byCountry.get(i);
            String countryName = Countries.name(country.countryCode(), Locale.forLanguageTag("az"));
            assertThat(countryHeadings.get(i).getText())
                    .isEqualTo(countryName + " — " + country.schools().size() + " məktəb");
            assertThat(grids.get(i).getAriaLabel()).contains(countryName);
            assertThat(firstColumn(grids.get(i)))
                    .containsExactlyElementsOf(country.schools().stream().map(SchoolSummary::name).toList());
        }
        // Countries come in Azerbaijani alphabetical order of their names: Almaniya before Kanada.
        List<String> headings = countryHeadings.stream().map(H3::getText).toList();
        assertThat(headings).isSortedAccordingTo(AzText.comparator());
        assertThat(headings.indexOf(headings.stream().filter(h -> h.startsWith("Almaniya")).findFirst().orElseThrow()))
                .isLessThan(headings.indexOf(headings.stream().filter(h -> h.startsWith("Kanada")).findFirst().orElseThrow()));
        // Every school of the network is in one of the grids.
        assertThat(grids.stream().mapToInt(grid -> test(grid).size()).sum()).isEqualTo((int) schools.countSchools(""));
        // The grids are really the demo network's, in Azerbaijani: Germany is "Almaniya" and has the Berlin school.
        int germany = indexOf(byCountry, "DE");
        assertThat(countryHeadings.get(germany).getText()).startsWith("Almaniya — ");
        assertThat(firstColumn(grids.get(germany))).contains("Berlin Azərbaycan Həftəsonu Məktəbi",
                "Köln Odlar Yurdu Məktəbi");
        assertThat(test(grids.get(germany)).getHeaderCell(0)).isEqualTo("Məktəb");
        int berlinRow = firstColumn(grids.get(germany)).indexOf("Berlin Azərbaycan Həftəsonu Məktəbi");
        assertThat(test(grids.get(germany)).getCellText(berlinRow, 1)).isEqualTo("Berlin");
        long berlinId = country(byCountry, "DE").schools().get(berlinRow).id();
        assertThat(test(grids.get(germany)).getCellText(berlinRow, 3))
                .isEqualTo(String.valueOf(classes.classCountsPerSchool().get(berlinId)));
    }

    @Test
    void coordinator_sees_the_classes_of_the_berlin_school() {
        signIn(DemoNetwork.COORDINATOR);
        navigate(HomeView.class);

        assertOnlySections("school-overview");
        Section overview = $(Section.class).id("school-overview");
        assertThat($(H2.class, overview).all()).extracting(H2::getText)
                .containsExactly("Berlin Azərbaycan Həftəsonu Məktəbi");
        SchoolSummary berlin = schools.coordinatedSchools().getFirst();
        long classCount = classes.countClasses(berlin.id());
        assertThat(classCount).isGreaterThanOrEqualTo(4);

        Grid<?> grid = $(Grid.class, overview).single();
        assertThat(test(grid).size()).isEqualTo((int) classCount);
        assertThat(firstColumn(grid)).contains("Azərbaycan dili 1 (6–7 yaş)", "Azərbaycan dili 2 (8–10 yaş)",
                "Tarix və mədəniyyət", "Musiqi və rəqs");
        int first = firstColumn(grid).indexOf("Azərbaycan dili 1 (6–7 yaş)");
        assertThat(test(grid).getCellText(first, 1)).isEqualTo("6–7 yaş");
    }

    @Test
    void teacher_who_is_also_a_parent_sees_their_classes_and_their_children() {
        signIn(DemoNetwork.TEACHER);
        navigate(HomeView.class);

        assertOnlySections("teacher-overview", "family-overview");
        List<ClassSummary> mine = classes.myClasses();
        assertThat(mine).hasSize(2);
        Grid<?> grid = $(Grid.class, $(Section.class).id("teacher-overview")).single();
        assertThat(firstColumn(grid)).containsExactlyInAnyOrderElementsOf(mine.stream().map(ClassSummary::name).toList());

        List<String> children = childItems();
        assertThat(children).hasSize(1);
        assertThat(children.getFirst()).matches("\\S+ Əli, doğum tarixi: 2 aprel 2018");
    }

    @Test
    void parent_sees_their_children() {
        signIn(DemoNetwork.PARENT);
        navigate(HomeView.class);

        assertOnlySections("family-overview");
        List<ChildSummary> expected = people.myFamilies().stream()
                .map(FamilySummary::children).flatMap(List::stream).toList();
        assertThat(expected).isNotEmpty();
        List<String> shown = childItems();
        assertThat(shown).hasSameSizeAs(expected);
        for (ChildSummary child : expected) {
            assertThat(shown).anySatisfy(item -> assertThat(item)
                    .isEqualTo(child.fullName() + ", doğum tarixi: " + AZ_DATES.format(child.dateOfBirth())));
        }
    }

    @Test
    void adult_learner_sees_their_own_record() {
        signIn(DemoNetwork.STUDENT);
        navigate(HomeView.class);

        assertOnlySections("learner-overview");
        List<LearnerSummary> records = people.myLearnerRecords();
        assertThat(records).hasSize(1);
        assertThat($(Paragraph.class, $(Section.class).id("learner-overview")).all()).extracting(Paragraph::getText)
                .containsExactly("Dinləyici: " + records.getFirst().fullName());
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoNetwork.ADMIN, DemoNetwork.COORDINATOR, DemoNetwork.TEACHER, DemoNetwork.PARENT,
            DemoNetwork.STUDENT})
    void side_navigation_offers_the_dev_mailbox_to_the_network_office_only(String email) {
        signIn(email);
        navigate(HomeView.class);

        List<SideNavItem> items = $(SideNav.class).id("main-nav").getItems();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.getPath()).isEmpty();
            assertThat(item.getLabel()).isEqualTo("Ana səhifə");
        });
        List<SideNavItem> mailbox = items.stream().filter(item -> "dev/mailbox".equals(item.getPath())).toList();
        if (email.equals(DemoNetwork.ADMIN)) {
            assertThat(mailbox).extracting(SideNavItem::getLabel).containsExactly("Poçt qutusu (dev)");
        } else {
            assertThat(mailbox).as("dev mailbox in the menu of " + email).isEmpty();
        }
    }

    private void assertOnlySections(String... expected) {
        Set<String> shown = Set.of(expected);
        for (String id : SECTIONS) {
            assertThat(present(id)).as("section " + id).isEqualTo(shown.contains(id));
        }
    }

    private List<String> childItems() {
        return $(ListItem.class, $(Section.class).id("family-overview")).all().stream().map(ListItem::getText).toList();
    }

    private List<String> firstColumn(Grid<?> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(row -> tester.getCellText(row, 0)).toList();
    }

    private static int indexOf(List<CountrySchools> byCountry, String code) {
        return byCountry.stream().map(CountrySchools::countryCode).toList().indexOf(code);
    }

    private static CountrySchools country(List<CountrySchools> byCountry, String code) {
        return byCountry.get(indexOf(byCountry, code));
    }
}
