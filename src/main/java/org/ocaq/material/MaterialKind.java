package org.ocaq.material;

import java.util.Map;
import java.util.Optional;

/** The kinds of material accepted, by the type detected from the file's content, each with its size limit. */
public enum MaterialKind {
    PDF(20),
    IMAGE(10),
    AUDIO(50),
    DOCUMENT(20);

    private final int maxMegabytes;

    MaterialKind(int maxMegabytes) {
        this.maxMegabytes = maxMegabytes;
    }

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    // Raster images and audio play in the page; SVG is not here (it can carry script), nor is HTML.
    private static final Map<String, MaterialKind> BY_TYPE = Map.ofEntries(
            Map.entry("application/pdf", PDF),
            Map.entry("image/png", IMAGE),
            Map.entry("image/jpeg", IMAGE),
            Map.entry("image/webp", IMAGE),
            Map.entry("image/gif", IMAGE),
            Map.entry("audio/mpeg", AUDIO),
            Map.entry("audio/ogg", AUDIO),
            Map.entry("audio/vorbis", AUDIO),
            Map.entry("audio/opus", AUDIO),
            Map.entry("application/ogg", AUDIO),
            Map.entry("audio/mp4", AUDIO),
            Map.entry("audio/x-m4a", AUDIO),
            Map.entry("application/x-tika-ooxml", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.presentation", DOCUMENT));

    static Optional<MaterialKind> of(String detectedType) {
        return Optional.ofNullable(BY_TYPE.get(detectedType));
    }
}
