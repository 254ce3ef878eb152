package org.ocaq.attendance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AttendanceTallyTest {

    private final AttendanceTally term = AttendanceTally.EMPTY
            .plus(AttendanceStatus.PRESENT, 6).plus(AttendanceStatus.LATE, 2)
            .plus(AttendanceStatus.EXCUSED, 1).plus(AttendanceStatus.UNEXCUSED, 1);

    @Test
    void late_arrivals_count_as_present_unless_the_school_says_otherwise() {
        assertThat(term.marked()).isEqualTo(10);
        assertThat(term.rate(true).getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(term.rate(false).getAsDouble()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void excused_absences_are_absences_for_the_rate_but_counted_apart() {
        AttendanceTally excusedOnly = new AttendanceTally(1, 0, 1, 0);

        assertThat(excusedOnly.rate(true).getAsDouble()).isEqualTo(0.5);
        assertThat(term.excused()).isEqualTo(1);
        assertThat(term.unexcused()).isEqualTo(1);
        assertThat(term.absent()).isEqualTo(2);
    }

    @Test
    void nobody_marked_means_no_rate_rather_than_zero() {
        assertThat(AttendanceTally.EMPTY.rate(true)).isEmpty();
        assertThat(AttendanceTally.EMPTY.marked()).isZero();
    }

    @Test
    void tallies_add_up_and_count_each_status() {
        AttendanceTally sum = term.plus(AttendanceTally.of(AttendanceStatus.LATE));

        assertThat(sum).isEqualTo(new AttendanceTally(6, 3, 1, 1));
        for (AttendanceStatus status : AttendanceStatus.values()) {
            assertThat(AttendanceTally.of(status).count(status)).isEqualTo(1);
        }
        assertThatThrownBy(() -> new AttendanceTally(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chart_point_has_a_rate_only_when_someone_was_marked() {
        assertThat(new RatePoint(LocalDate.of(2026, 9, 5), 3, 4).rate().getAsDouble()).isEqualTo(0.75);
        assertThat(new RatePoint(LocalDate.of(2026, 9, 5), 0, 0).rate()).isEmpty();
    }

    @Test
    void weeks_start_on_monday() {
        assertThat(AttendanceReportService.weekOf(LocalDate.of(2026, 9, 6))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AttendanceReportService.weekOf(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 8, 31));
    }
}
