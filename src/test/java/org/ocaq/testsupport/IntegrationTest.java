package org.ocaq.testsupport;

import org.ocaq.OcaqApplication;
import org.ocaq.devsupport.EmbeddedMariaDbInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real server port, the embedded MariaDB, an in-process SMTP server and a movable clock,
 * with the demo network loaded. Every integration test uses exactly this set-up, so Spring builds it once per run.
 * Tests make their own schools and people (see {@link TestData}) rather than change the demo network's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OcaqApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedMariaDbInitializer.class, TestMail.Initializer.class})
@Import(TestSupportConfiguration.class)
@ActiveProfiles({"demo", "test"})
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
