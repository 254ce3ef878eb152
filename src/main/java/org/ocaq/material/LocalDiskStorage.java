package org.ocaq.material;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Materials on the local disk, in a folder outside the web root (ocaq.material.dir). A file is written under a
 * temporary name and moved into place only when complete, so a failed or refused upload leaves nothing behind.
 */
@Component
class LocalDiskStorage implements MaterialStorage {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    LocalDiskStorage(@Value("${ocaq.material.dir:${java.io.tmpdir}/ocaq-materials}") Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public Stored store(InputStream content, long maxBytes) throws IOException {
        String name = UUID.randomUUID().toString().replace("-", "");
        Path partial = Files.createTempFile(root, "upload-", ".part");
        try {
            long written = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(partial)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    written += read;
                    if (written > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            Files.move(partial, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, written);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(path(name));
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(path(name));
    }

    /** Only names this storage made resolve to a file; anything else cannot reach outside the folder. */
    private Path path(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a stored material name");
        }
        return root.resolve(name);
    }
}
