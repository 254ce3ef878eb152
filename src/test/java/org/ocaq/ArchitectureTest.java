package org.ocaq;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature boundaries of docs/STYLE: features without cycles, entities and repositories kept inside their
 * feature, views without transactions, and {@code shared} below everything. Every rule refuses to pass on an empty
 * selection, and the guards below check that the selections hold the classes the rules are about.
 */
class ArchitectureTest {

    private static final String FEATURES = "org.ocaq.(*)..";
    private static final String[] FEATURE_PACKAGES = {
            "org.ocaq.security..", "org.ocaq.school..", "org.ocaq.classes..", "org.ocaq.people..",
            "org.ocaq.notification..", "org.ocaq.enrolment..", "org.ocaq.home.."};
    private static final String UI = "..ui..";
    private static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
    private static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // DoNotIncludeTests knows only target/test-classes; builds may use another folder (-Docaq.build.dir).
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.ocaq");
    }

    @Test
    void only_production_classes_are_checked() {
        assertThat(production.contain(OcaqApplication.class)).isTrue();
        assertThat(production.stream().map(JavaClass::getName))
                .doesNotContain("org.ocaq.TestOcaqApplication", ArchitectureTest.class.getName())
                .noneMatch(name -> name.startsWith("org.ocaq.testsupport.") || name.startsWith("org.ocaq.devsupport."));
    }

    @Test
    void feature_packages_depend_on_each_other_without_cycles() {
        assertThat(production.stream().map(JavaClass::getPackageName).map(ArchitectureTest::featureOf).distinct())
                .contains("shared", "security", "school", "classes", "people", "enrolment", "notification", "home");
        ArchRule rule = slices().matching(FEATURES).namingSlices("feature $1")
                .should().beFreeOfCycles()
                // shared is the base every feature uses; that it uses none is shared_depends_on_no_feature.
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.ocaq.shared.."))
                .because("a feature talks to another through its service; two features that need each other are one"
                        + " feature, or a shared type belongs in shared")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void no_feature_depends_on_the_home_page_which_composes_them() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.ocaq.home..")
                .should().dependOnClassesThat().resideInAPackage("org.ocaq.home..")
                .because("home is the UI on top that shows the other features' services; nothing builds on it")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void the_home_package_holds_only_views() {
        ArchRule rule = classes().that().resideInAPackage("org.ocaq.home..")
                .and().doNotHaveSimpleName("package-info")
                .should().resideInAPackage("org.ocaq.home.ui..")
                .because("home has no data of its own; it composes the other features' services")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void entities_never_live_in_a_ui_package() {
        assertThat(entities()).hasSizeGreaterThanOrEqualTo(10);
        ArchRule rule = noClasses().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage(UI)
                .because("views work with summaries and forms; entities stay inside their feature")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void views_do_not_depend_on_entities() {
        assertThat(entities()).isNotEmpty();
        assertThat(uiClasses()).hasSizeGreaterThanOrEqualTo(10);
        ArchRule rule = noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("an entity bound into a view leaks lazy loading and unchecked changes past the service")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature_package() {
        assertThat(repositories()).hasSizeGreaterThanOrEqualTo(10);
        ArchRule rule = classes().that().areAssignableTo(Repository.class)
                .should(beUsedOnlyFromTheirOwnPackage())
                .because("a feature's data is reached through its service, which checks access and runs the"
                        + " transaction")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void views_never_use_repositories() {
        assertThat(repositories()).isNotEmpty();
        ArchRule rule = noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views make one service call per user action; the service secures the data")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void repositories_are_package_private() {
        ArchRule rule = classes().that().areAssignableTo(Repository.class)
                .should().notBePublic()
                .because("the compiler then keeps other features away from a feature's tables")
                .allowEmptyShould(false);
        rule.check(production);
    }

    @Test
    void views_do_not_run_transactions() {
        DescribedPredicate<JavaClass> transactionApi = DescribedPredicate.describe("belong to the transaction API",
                c -> c.getPackageName().startsWith("org.springframework.transaction")
                        || c.getPackageName().startsWith("jakarta.transaction"));
        ArchRule onClasses = noClasses().that().resideInAPackage(UI)
                .should().beAnnotatedWith(SPRING_TRANSACTIONAL)
                .orShould().beAnnotatedWith(JAKARTA_TRANSACTIONAL)
                .orShould().dependOnClassesThat(transactionApi)
                .because("the service is the transaction boundary; a view holding a transaction keeps the"
                        + " connection for the whole request")
                .allowEmptyShould(false);
        ArchRule onMethods = noMethods().that().areDeclaredInClassesThat().resideInAPackage(UI)
                .should().beAnnotatedWith(SPRING_TRANSACTIONAL)
                .orShould().beAnnotatedWith(JAKARTA_TRANSACTIONAL)
                .because("the service is the transaction boundary")
                .allowEmptyShould(false);
        onClasses.check(production);
        onMethods.check(production);
    }

    @Test
    void shared_depends_on_no_feature() {
        ArchRule rule = noClasses().that().resideInAPackage("org.ocaq.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURE_PACKAGES)
                .because("every feature builds on shared; shared reaching back into a feature ties them all together"
                        + " (shared declares an interface, as AccountLocaleStore does, and the feature implements it)")
                .allowEmptyShould(false);
        rule.check(production);
    }

    private static List<JavaClass> entities() {
        return production.stream().filter(c -> c.isAnnotatedWith(Entity.class)).toList();
    }

    private static List<JavaClass> repositories() {
        return production.stream().filter(c -> c.isAssignableTo(Repository.class)).toList();
    }

    private static List<JavaClass> uiClasses() {
        return production.stream().filter(c -> c.getPackageName().endsWith(".ui") || c.getPackageName().contains(".ui.")).toList();
    }

    private static String featureOf(String packageName) {
        String rest = packageName.startsWith("org.ocaq.") ? packageName.substring("org.ocaq.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    if (!dependency.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
