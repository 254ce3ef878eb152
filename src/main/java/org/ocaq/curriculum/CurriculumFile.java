package org.ocaq.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A curriculum file as last loaded: its content hash tells the importer whether anything changed. */
@Entity
@Table(name = "curriculum_file")
class CurriculumFile {

    @Id
    private String path;
    private String contentHash;
    private Instant loadedAt;

    protected CurriculumFile() {
    }

    CurriculumFile(String path, String contentHash, Instant loadedAt) {
        this.path = path;
        this.contentHash = contentHash;
        this.loadedAt = loadedAt;
    }

    void loaded(String hash, Instant at) {
        this.contentHash = hash;
        this.loadedAt = at;
    }

    String getPath() {
        return path;
    }

    String getContentHash() {
        return contentHash;
    }
}
