package org.ocaq.material;

import java.time.Instant;

/**
 * A material as lists show it; downloaded from /materials/{id}. A unit's material without a school is shared with
 * the whole network. Removable says whether the person reading the list may delete it.
 */
public record MaterialSummary(long id, Long lessonId, Long unitId, Long schoolId, String fileName, String contentType,
                              MaterialKind kind, long sizeBytes, Instant uploadedAt, boolean hasThumbnail,
                              boolean removable) {

    /** Images and audio are shown and played in the page; everything else is only ever downloaded. */
    public boolean inline() {
        return kind == MaterialKind.IMAGE || kind == MaterialKind.AUDIO;
    }

    public boolean networkWide() {
        return unitId != null && schoolId == null;
    }

    public String address() {
        return "materials/" + id;
    }

    /** The small picture of an image (made by the server), or the image itself if none could be made. */
    public String thumbnailAddress() {
        return hasThumbnail ? address() + "/thumbnail" : address();
    }
}
