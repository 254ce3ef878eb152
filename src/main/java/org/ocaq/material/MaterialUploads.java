package org.ocaq.material;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Takes an uploaded stream in: the name must be a plain file name (it is only ever shown, never used as a path), the
 * type is detected from the first bytes whatever the name says, and the bytes are stored while counted, so that a
 * file over its kind's limit is refused as soon as it passes it, with memory flat and nothing left on disk.
 */
@Component
public class MaterialUploads {

    /** An upload taken in: where it is kept, what the user called it, and what it really is. */
    public record Accepted(String storedName, String fileName, String contentType, MaterialKind kind, long size,
                           String thumbnailName) {
    }

    private static final Tika TIKA = new Tika();
    private static final int HEAD = 64 * 1024;
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}:*?\"<>|]{1,200}");

    private final MaterialStorage storage;
    private final Thumbnails thumbnails;

    MaterialUploads(MaterialStorage storage, Thumbnails thumbnails) {
        this.storage = storage;
        this.thumbnails = thumbnails;
    }

    public Accepted accept(String fileName, InputStream content) {
        String name = fileName == null ? "" : fileName.strip();
        if (!PLAIN_NAME.matcher(name).matches() || name.contains("..") || name.startsWith(".")) {
            throw new MaterialProblem("material.upload.bad-name");
        }
        try {
            BufferedInputStream in = new BufferedInputStream(content, HEAD);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) {
                throw new MaterialProblem("material.upload.empty");
            }
            // By content only: the name is not passed, so an executable called lesson.pdf is still an executable.
            String type = TIKA.detect(head);
            MaterialKind kind = MaterialKind.of(type)
                    .orElseThrow(() -> new MaterialProblem("material.upload.type-refused", type));
            try {
                MaterialStorage.Stored stored = storage.store(in, kind.maxBytes());
                String thumbnail = kind == MaterialKind.IMAGE ? thumbnails.make(stored.name()).orElse(null) : null;
                return new Accepted(stored.name(), name, type, kind, stored.size(), thumbnail);
            } catch (MaterialStorage.TooLarge e) {
                throw new MaterialProblem("material.upload.too-large", kind.maxMegabytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Upload could not be stored", e);
        }
    }
}
