package org.ocaq;

import org.ocaq.devsupport.EmbeddedMariaDbInitializer;
import org.springframework.boot.SpringApplication;

/**
 * The run command (./mvnw spring-boot:test-run): the application on an embedded MariaDB whose data lives in
 * .ocaq-data/ (git-ignored, so it survives restarts), with the demo network and the dev mailbox.
 */
public class TestOcaqApplication {

    public static void main(String[] args) {
        System.setProperty("ocaq.embedded-db.data-dir", System.getProperty("ocaq.embedded-db.data-dir", ".ocaq-data/mariadb"));
        System.setProperty("ocaq.embedded-db.port", System.getProperty("ocaq.embedded-db.port", "3307"));
        SpringApplication app = new SpringApplication(OcaqApplication.class);
        app.setAdditionalProfiles("demo");
        app.addInitializers(new EmbeddedMariaDbInitializer());
        app.run(args);
    }
}
