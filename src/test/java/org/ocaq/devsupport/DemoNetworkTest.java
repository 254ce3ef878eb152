package org.ocaq.devsupport;

import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherSummary;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.AccountService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * The demo network the run command starts with: big and varied enough to show every screen with real-looking data,
 * every school run by a coordinator who can sign in, and loaded only once.
 */
@IntegrationTest
class DemoNetworkTest {

    private static final Pattern AZERBAIJANI_LETTER = Pattern.compile("[əƏğĞıİöÖüÜşŞçÇ]");
    private static final List<String> LEARNERS = List.of(DemoNetwork.STUDENT, "dinleyici.2@ocaq.example",
            "dinleyici.3@ocaq.example", "dinleyici.4@ocaq.example");

    @Autowired DemoNetwork demo;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwordEncoder;

    /** What the demo network holds; other tests' schools and people are left out. */
    private record Counts(List<SchoolSummary> schools, Set<String> countries, long onlineSchools, long classes,
                          long teachers, long families, long children, long terms, long accounts, long learners) {
    }

    private Counts counts() {
        Set<String> demoNames = DemoNetwork.SCHOOLS.stream().map(DemoNetwork.DemoSchool::name).collect(Collectors.toSet());
        Counts counts = SystemContext.call(() -> {
            List<SchoolSummary> demoSchools = schools.schoolsByCountry().stream()
                    .flatMap(country -> country.schools().stream())
                    .filter(s -> demoNames.contains(s.name()))
                    .toList();
            Set<Long> ids = demoSchools.stream().map(SchoolSummary::id).collect(Collectors.toSet());
            return new Counts(demoSchools,
                    demoSchools.stream().map(SchoolSummary::countryCode).collect(Collectors.toCollection(TreeSet::new)),
                    demoSchools.stream().filter(s -> s.delivery() == Delivery.ONLINE).count(),
                    sum(classes.classCountsPerSchool(), ids),
                    sum(people.teacherCountsPerSchool(), ids),
                    ids.stream().mapToLong(people::countFamilies).sum(),
                    sum(people.childCountsPerSchool(), ids),
                    ids.stream().mapToLong(id -> schools.terms(id).size()).sum(),
                    accounts.searchAccounts("@ocaq.example", 0, 500).size(),
                    0);
        });
        long learners = LEARNERS.stream().mapToLong(email -> as(users, email, () -> people.myLearnerRecords().size()))
                .sum();
        return new Counts(counts.schools(), counts.countries(), counts.onlineSchools(), counts.classes(),
                counts.teachers(), counts.families(), counts.children(), counts.terms(), counts.accounts(), learners);
    }

    private static long sum(Map<Long, Long> perSchool, Set<Long> schoolIds) {
        return perSchool.entrySet().stream().filter(e -> schoolIds.contains(e.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private SchoolSummary demoSchool(List<SchoolSummary> all, DemoNetwork.DemoSchool demoSchool) {
        return all.stream().filter(s -> s.name().equals(demoSchool.name())).findFirst()
                .orElseThrow(() -> new AssertionError("No demo school " + demoSchool.name()));
    }

    @Test
    void the_demo_network_is_big_and_varied() {
        Counts counts = counts();

        assertThat(counts.schools()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(counts.countries()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(counts.onlineSchools()).isEqualTo(1);
        assertThat(counts.classes()).isGreaterThanOrEqualTo(20);
        assertThat(counts.teachers()).isGreaterThanOrEqualTo(30);
        assertThat(counts.families()).isGreaterThanOrEqualTo(150);
        assertThat(counts.children()).isGreaterThanOrEqualTo(200);
        assertThat(counts.learners()).as("adult learners of the online school").isGreaterThanOrEqualTo(3);
        SystemContext.run(() -> {
            for (SchoolSummary school : counts.schools()) {
                assertThat(schools.terms(school.id())).as(school.name()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(classes.countClasses(school.id())).as(school.name()).isGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void every_demo_school_has_a_coordinator_who_can_sign_in_to_it() {
        List<SchoolSummary> demoSchools = counts().schools();
        assertThat(demoSchools).hasSize(DemoNetwork.SCHOOLS.size());
        for (DemoNetwork.DemoSchool demoSchool : DemoNetwork.SCHOOLS) {
            SchoolSummary school = demoSchool(demoSchools, demoSchool);
            String email = demoSchool.key() + "@ocaq.example";
            UserDetails coordinator = users.loadUserByUsername(email);
            assertThat(coordinator.isEnabled()).as("%s is confirmed and enabled", email).isTrue();
            assertThat(passwordEncoder.matches(DemoNetwork.PASSWORD, coordinator.getPassword())).as(email).isTrue();
            assertThat(coordinator.getAuthorities()).extracting(GrantedAuthority::getAuthority).as(email)
                    .contains("ROLE_COORDINATOR");
            as(users, email, () -> {
                assertThat(schools.coordinatedSchools()).extracting(SchoolSummary::id).as(email)
                        .containsExactly(school.id());
                assertThat(schools.getSchool(school.id()).form().name()).isEqualTo(demoSchool.name());
            });
        }
        UserDetails office = users.loadUserByUsername(DemoNetwork.ADMIN);
        assertThat(office.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(DemoNetwork.PASSWORD, office.getPassword())).isTrue();
        assertThat(office.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_NETWORK_ADMIN");
    }

    @Test
    void the_demo_people_have_azerbaijani_names() {
        List<SchoolSummary> demoSchools = counts().schools();
        assertThat(demoSchools).filteredOn(s -> AZERBAIJANI_LETTER.matcher(s.name()).find())
                .hasSizeGreaterThanOrEqualTo(demoSchools.size() / 2);
        SystemContext.run(() -> {
            long berlin = demoSchool(demoSchools, DemoNetwork.SCHOOLS.get(0)).id();
            List<String> children = people.listChildren(berlin, "", 0, 500).stream().map(ChildSummary::fullName)
                    .toList();
            assertThat(children).hasSizeGreaterThanOrEqualTo(18);
            assertThat(children).filteredOn(n -> AZERBAIJANI_LETTER.matcher(n).find())
                    .hasSizeGreaterThanOrEqualTo(children.size() / 2);
            List<String> teachers = people.listTeachers(berlin, "", 0, 50).stream().map(TeacherSummary::fullName)
                    .toList();
            assertThat(teachers).isNotEmpty();
            assertThat(String.join(" ", teachers)).containsPattern(AZERBAIJANI_LETTER);
        });
    }

    @Test
    void loading_the_demo_network_again_changes_nothing() {
        Counts before = counts();
        SystemContext.run(demo::loadIfMissing);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_demo_parent_has_certificates_that_check_out(
            @org.springframework.beans.factory.annotation.Autowired org.ocaq.certificate.CertificateService certificates) {
        var held = as(users, DemoNetwork.PARENT, () -> certificates.myCertificates());
        assertThat(held).isNotEmpty();
        assertThat(certificates.verify(held.getFirst().code())).get()
                .satisfies(v -> assertThat(v.valid()).isTrue())
                .satisfies(v -> assertThat(v.holderName()).isEqualTo(held.getFirst().holderName()));
    }

    @Test
    void the_demo_teacher_and_learner_hold_their_own_certificates(
            @org.springframework.beans.factory.annotation.Autowired org.ocaq.certificate.CertificateService certificates) {
        assertThat(as(users, DemoNetwork.TEACHER, () -> certificates.myCertificates()))
                .extracting(org.ocaq.certificate.CertificateSummary::holderKind)
                .contains(org.ocaq.certificate.HolderKind.TEACHER);
        assertThat(as(users, DemoNetwork.STUDENT, () -> certificates.myCertificates()))
                .extracting(org.ocaq.certificate.CertificateSummary::holderKind)
                .containsExactly(org.ocaq.certificate.HolderKind.LEARNER);
    }
}
