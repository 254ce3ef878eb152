package org.ocaq.enrolment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.people.ChildSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/** A place recorded late is dated back to the day the child really started; only by the school's coordinator. */
@IntegrationTest
class PlacedSinceIntegrationTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired EnrolmentService enrolment;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_late_recorded_place_counts_from_the_day_the_child_started() {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        clock.setTo(Instant.parse("2027-02-01T10:00:00Z"));
        long child = a.placeChildren(1).getFirst();
        LocalDate early = LocalDate.of(2027, 1, 16);
        assertThat(as(users, a.w.coordinator(), () -> enrolment.classRosterOn(a.classId, a.w.schoolId(), a.termId,
                early))).isEmpty();

        for (String outsider : new String[]{other.w.coordinator(), a.w.teacher(), a.w.parent()}) {
            assertThatThrownBy(() -> as(users, outsider, () -> enrolment.placedSince(child, a.classId, a.termId,
                    AttendanceWorld.TERM_START))).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> enrolment.placedSince(child, a.classId, a.termId,
                AttendanceWorld.TERM_START.minusDays(1)))).isInstanceOf(FieldProblems.class);
        as(users, a.w.coordinator(), () -> enrolment.placedSince(child, a.classId, a.termId,
                AttendanceWorld.TERM_START));
        assertThat(as(users, a.w.coordinator(), () -> enrolment.classRosterOn(a.classId, a.w.schoolId(), a.termId,
                early))).extracting(ChildSummary::id).containsExactly(child);
    }
}
