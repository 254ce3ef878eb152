package org.ocaq.devsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Points the datasource at the embedded MariaDB before anything connects. The data folder and port come from
 * ocaq.embedded-db.data-dir and ocaq.embedded-db.port (0 = any free port); ocaq.embedded-db.fresh=true (the tests)
 * starts from an empty database.
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        Path dataDir = Path.of(env.getProperty("ocaq.embedded-db.data-dir", "target/embedded-mariadb/data"));
        int port = env.getProperty("ocaq.embedded-db.port", Integer.class, 0);
        boolean fresh = env.getProperty("ocaq.embedded-db.fresh", Boolean.class, false);
        String url = EmbeddedMariaDb.start(dataDir, port, fresh);
        env.getPropertySources().addFirst(new MapPropertySource("embedded-mariadb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
