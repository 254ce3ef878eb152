package org.ocaq.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Wraps the DataSource so that tests can count statements ({@link SqlStatements}). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor countingDataSource() {
        return SqlStatements.wrapDataSource();
    }

    @Bean
    TestData testData(org.ocaq.security.AccountService accounts, org.ocaq.school.SchoolService schools,
                      org.ocaq.classes.ClassService classes, org.ocaq.people.PeopleService people) {
        return new TestData(accounts, schools, classes, people);
    }

    @Bean
    org.ocaq.attendance.AttendanceWorld.Factory attendanceWorlds(TestData testData,
            org.springframework.security.core.userdetails.UserDetailsService users,
            org.ocaq.school.SchoolService schools, org.ocaq.classes.ClassService classes,
            org.ocaq.classes.TimetableService timetable, org.ocaq.people.PeopleService people,
            org.ocaq.privacy.ConsentService consents, org.ocaq.enrolment.ApplicationService applications) {
        return new org.ocaq.attendance.AttendanceWorld.Factory(testData, users, schools, classes, timetable, people,
                consents, applications);
    }
}
