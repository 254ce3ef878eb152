package org.ocaq.shared;

import org.springframework.data.domain.Sort;

import java.util.Objects;

/**
 * The order a user asked a paged list for: one of the list's sortable columns, named by that list's enum, and a
 * direction. Each service turns the column into the entity properties it sorts by itself, from a switch over its own
 * enum, so no name a user or a browser sent ever reaches a query. Names sort by their Azerbaijani sort keys
 * (docs/decisions/0002-azerbaijani-sorting-and-search.md), other columns by their value.
 */
public record ListOrder<C extends Enum<C>>(C column, boolean descending) {

    public ListOrder {
        Objects.requireNonNull(column, "column");
    }

    public static <C extends Enum<C>> ListOrder<C> ascending(C column) {
        return new ListOrder<>(column, false);
    }

    public static <C extends Enum<C>> ListOrder<C> descending(C column) {
        return new ListOrder<>(column, true);
    }

    /**
     * The sort by these properties and then by id, all in this order's direction: the id breaks ties so that pages
     * stay stable, and in the same direction so that a descending list is the ascending one reversed.
     */
    public Sort by(String... properties) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, properties).and(Sort.by(direction, "id"));
    }
}
