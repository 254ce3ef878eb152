package org.ocaq.shared;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page by offset and limit, as lazy grids ask for rows, whatever the offset. Sorting is written in each query,
 * because lists sort by Azerbaijani sort keys rather than by a column a user picks by name.
 */
public record OffsetPage(long offset, int limit) implements Pageable {

    public static final int MAX_LIMIT = 500;

    public static OffsetPage of(long offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        return new OffsetPage(offset, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPage(Math.max(0, offset - limit), limit) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
