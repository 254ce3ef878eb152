package org.ocaq.shared;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page by offset and limit, as lazy grids ask for rows, whatever the offset. Without a sort, the order is the one
 * written in the query; a sort comes only from a service, built from its own whitelist ({@link ListOrder}), never
 * from a property name a user picked.
 */
public record OffsetPage(long offset, int limit, Sort sort) implements Pageable {

    public static final int MAX_LIMIT = 500;

    public OffsetPage {
        sort = sort == null ? Sort.unsorted() : sort;
    }

    public OffsetPage(long offset, int limit) {
        this(offset, limit, Sort.unsorted());
    }

    public static OffsetPage of(long offset, int limit) {
        return of(offset, limit, Sort.unsorted());
    }

    public static OffsetPage of(long offset, int limit, Sort sort) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        return new OffsetPage(offset, Math.max(1, Math.min(limit, MAX_LIMIT)), sort);
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
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPage(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
