package org.ocaq.curriculum;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every course, unit and lesson plan has: a row id that never changes, the slug that the files name it by, and
 * whether it was retired (gone from the files, kept for what links to it).
 */
@MappedSuperclass
abstract class CurriculumItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_item_seq")
    @SequenceGenerator(name = "curriculum_item_seq", sequenceName = "curriculum_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String slug;
    private boolean retired;
    private Instant updatedAt;

    protected CurriculumItem() {
    }

    protected CurriculumItem(String slug) {
        this.slug = slug;
    }

    /** Marks the item as loaded from the files now (and no longer retired). */
    protected void loaded(Instant at) {
        this.retired = false;
        this.updatedAt = at;
    }

    /** Retires the item; false if it was retired already. */
    boolean retire(Instant at) {
        if (retired) {
            return false;
        }
        retired = true;
        updatedAt = at;
        return true;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    boolean isRetired() {
        return retired;
    }
}
