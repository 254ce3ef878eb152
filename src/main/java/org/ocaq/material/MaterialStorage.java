package org.ocaq.material;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where material files are kept: local disk by default, an S3-compatible store later. Names are made by the server;
 * a user's file name never becomes a path.
 */
public interface MaterialStorage {

    /**
     * Stores the stream under a new name and returns it with the size, reading at most maxBytes: past that the write stops at
     * once, nothing of it is kept, and {@link TooLarge} is thrown.
     */
    Stored store(InputStream content, long maxBytes) throws IOException;

    /** A file kept: its server-made name and its size. */
    record Stored(String name, long size) {
    }

    InputStream open(String name) throws IOException;

    void delete(String name) throws IOException;

    /** The stream went past the limit; nothing was kept. */
    final class TooLarge extends IOException {

        private final long limit;

        public TooLarge(long limit) {
            super("Larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
