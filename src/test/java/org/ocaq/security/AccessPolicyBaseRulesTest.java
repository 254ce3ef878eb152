package org.ocaq.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocaq.shared.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.security.AccessRule.Intent.CHANGE;
import static org.ocaq.security.AccessRule.Intent.SEE;

/** The base rules of {@link AccessPolicy}, role by role and owner by owner; features' extra rules are not part of it. */
class AccessPolicyBaseRulesTest {

    private static final long ME = 1, SOMEONE_ELSE = 2;
    private static final long MY_SCHOOL = 10, OTHER_SCHOOL = 20;
    private static final long MY_CLASS = 100, CLASS_I_DO_NOT_TEACH = 101, CLASS_AT_OTHER_SCHOOL = 200;
    private static final long MY_FAMILY = 1000, OTHER_FAMILY = 2000;
    private static final long MY_LEARNER_RECORD = 5000, OTHER_LEARNER = 6000;

    private static final CurrentUser ADMIN = user(EnumSet.of(Role.NETWORK_ADMIN), Map.of());
    private static final CurrentUser COORDINATOR = user(EnumSet.of(Role.COORDINATOR),
            Map.of(ScopeKind.COORDINATED_SCHOOL, Set.of(MY_SCHOOL)));
    private static final CurrentUser TEACHER = user(EnumSet.of(Role.TEACHER),
            Map.of(ScopeKind.TEACHING_SCHOOL, Set.of(MY_SCHOOL), ScopeKind.TAUGHT_CLASS, Set.of(MY_CLASS)));
    private static final CurrentUser PARENT = user(EnumSet.of(Role.PARENT),
            Map.of(ScopeKind.FAMILY, Set.of(MY_FAMILY)));
    private static final CurrentUser STUDENT = user(EnumSet.of(Role.STUDENT),
            Map.of(ScopeKind.LEARNER, Set.of(MY_LEARNER_RECORD)));
    private static final CurrentUser NO_ROLE = user(EnumSet.noneOf(Role.class), Map.of());
    /** Scopes without the role that uses them grant nothing (a former coordinator whose scope was left behind). */
    private static final CurrentUser PARENT_WITH_STALE_SCOPES = user(EnumSet.of(Role.PARENT),
            Map.of(ScopeKind.COORDINATED_SCHOOL, Set.of(MY_SCHOOL), ScopeKind.TAUGHT_CLASS, Set.of(MY_CLASS),
                    ScopeKind.LEARNER, Set.of(MY_LEARNER_RECORD)));

    static Stream<Arguments> cases() {
        return Stream.of(
                // user, owner, may see, may change
                row("admin", ADMIN, "the network", Owner.network(), true, true),
                row("admin", ADMIN, "any school", Owner.school(OTHER_SCHOOL), true, true),
                row("admin", ADMIN, "any class", Owner.schoolClass(OTHER_SCHOOL, CLASS_AT_OTHER_SCHOOL), true, true),
                row("admin", ADMIN, "any family", Owner.family(OTHER_FAMILY, OTHER_SCHOOL), true, true),
                row("admin", ADMIN, "any learner", Owner.learner(OTHER_LEARNER, OTHER_SCHOOL), true, true),
                row("admin", ADMIN, "another account", Owner.account(SOMEONE_ELSE), true, true),

                row("coordinator", COORDINATOR, "own school", Owner.school(MY_SCHOOL), true, true),
                row("coordinator", COORDINATOR, "a class of own school", Owner.schoolClass(MY_SCHOOL, MY_CLASS), true, true),
                row("coordinator", COORDINATOR, "a family at own school", Owner.family(OTHER_FAMILY, MY_SCHOOL), true, true),
                row("coordinator", COORDINATOR, "a learner at own school", Owner.learner(OTHER_LEARNER, MY_SCHOOL), true, true),
                row("coordinator", COORDINATOR, "another school", Owner.school(OTHER_SCHOOL), false, false),
                row("coordinator", COORDINATOR, "a class of another school",
                        Owner.schoolClass(OTHER_SCHOOL, CLASS_AT_OTHER_SCHOOL), false, false),
                row("coordinator", COORDINATOR, "a family at another school", Owner.family(OTHER_FAMILY, OTHER_SCHOOL), false, false),
                row("coordinator", COORDINATOR, "a family at no school yet", Owner.family(OTHER_FAMILY, null), false, false),
                row("coordinator", COORDINATOR, "the network", Owner.network(), false, false),
                row("coordinator", COORDINATOR, "another account", Owner.account(SOMEONE_ELSE), false, false),

                row("teacher", TEACHER, "own school's general data", Owner.school(MY_SCHOOL), true, false),
                row("teacher", TEACHER, "own class", Owner.schoolClass(MY_SCHOOL, MY_CLASS), true, true),
                row("teacher", TEACHER, "a class of own school they do not teach",
                        Owner.schoolClass(MY_SCHOOL, CLASS_I_DO_NOT_TEACH), false, false),
                row("teacher", TEACHER, "another school", Owner.school(OTHER_SCHOOL), false, false),
                row("teacher", TEACHER, "a family at own school", Owner.family(OTHER_FAMILY, MY_SCHOOL), false, false),
                row("teacher", TEACHER, "a family's data in own class",
                        new Owner(MY_SCHOOL, MY_CLASS, OTHER_FAMILY, null, null), false, false),
                row("teacher", TEACHER, "a learner at own school", Owner.learner(OTHER_LEARNER, MY_SCHOOL), false, false),
                row("teacher", TEACHER, "the network", Owner.network(), false, false),

                row("parent", PARENT, "own family", Owner.family(MY_FAMILY, MY_SCHOOL), true, true),
                row("parent", PARENT, "own family at no school yet", Owner.family(MY_FAMILY, null), true, true),
                row("parent", PARENT, "another family", Owner.family(OTHER_FAMILY, MY_SCHOOL), false, false),
                row("parent", PARENT, "the school of own family", Owner.school(MY_SCHOOL), false, false),
                row("parent", PARENT, "a class", Owner.schoolClass(MY_SCHOOL, MY_CLASS), false, false),

                row("student", STUDENT, "own learner record", Owner.learner(MY_LEARNER_RECORD, MY_SCHOOL), true, false),
                row("student", STUDENT, "another learner", Owner.learner(OTHER_LEARNER, MY_SCHOOL), false, false),
                row("student", STUDENT, "own school", Owner.school(MY_SCHOOL), false, false),
                row("student", STUDENT, "a family", Owner.family(MY_FAMILY, MY_SCHOOL), false, false),

                row("admin", ADMIN, "own account", Owner.account(ME), true, true),
                row("coordinator", COORDINATOR, "own account", Owner.account(ME), true, true),
                row("teacher", TEACHER, "own account", Owner.account(ME), true, true),
                row("parent", PARENT, "own account", Owner.account(ME), true, true),
                row("student", STUDENT, "own account", Owner.account(ME), true, true),
                row("person without a role", NO_ROLE, "own account", Owner.account(ME), true, true),
                row("person without a role", NO_ROLE, "another account", Owner.account(SOMEONE_ELSE), false, false),
                row("person without a role", NO_ROLE, "a school", Owner.school(MY_SCHOOL), false, false),
                row("person without a role", NO_ROLE, "the network", Owner.network(), false, false),

                row("parent with scopes of roles they lack", PARENT_WITH_STALE_SCOPES, "a school",
                        Owner.school(MY_SCHOOL), false, false),
                row("parent with scopes of roles they lack", PARENT_WITH_STALE_SCOPES, "a class",
                        Owner.schoolClass(MY_SCHOOL, MY_CLASS), false, false),
                row("parent with scopes of roles they lack", PARENT_WITH_STALE_SCOPES, "a learner record",
                        Owner.learner(MY_LEARNER_RECORD, MY_SCHOOL), false, false)
        ).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void base_rules_grant_each_role_its_own_data_and_nothing_more(String description, CurrentUser user, Owner owner,
                                                                  AccessRule.Intent intent, boolean expected) {
        assertThat(AccessPolicy.baseRules(user, owner, intent)).as(description).isEqualTo(expected);
    }

    private static List<Arguments> row(String who, CurrentUser user, String what, Owner owner, boolean maySee,
                                       boolean mayChange) {
        return List.of(
                Arguments.of(who + (maySee ? " sees " : " does not see ") + what, user, owner, SEE, maySee),
                Arguments.of(who + (mayChange ? " changes " : " does not change ") + what, user, owner, CHANGE,
                        mayChange));
    }

    private static CurrentUser user(Set<Role> roles, Map<ScopeKind, Set<Long>> scopes) {
        return new CurrentUser(ME, "me@example.org", "Me", roles, scopes);
    }
}
