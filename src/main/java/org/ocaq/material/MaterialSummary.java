package org.ocaq.material;

import java.time.Instant;

/** A material as lists show it; downloaded from /materials/{id}. */
public record MaterialSummary(long id, Long lessonId, String fileName, String contentType, MaterialKind kind,
                              long sizeBytes, Instant uploadedAt) {

    /** Images and audio are shown and played in the page; everything else is only ever downloaded. */
    public boolean inline() {
        return kind == MaterialKind.IMAGE || kind == MaterialKind.AUDIO;
    }

    public String address() {
        return "materials/" + id;
    }
}
