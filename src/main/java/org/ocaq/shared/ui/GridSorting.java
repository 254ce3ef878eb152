package org.ocaq.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.ocaq.shared.ListOrder;

import java.util.Arrays;

/**
 * Sorting of lazily paged grids by the database: a column is made sortable under the name of one of its list's sort
 * columns, and the grid's query is turned back into that list's {@link ListOrder} for the service. The browser could
 * send any name; one that is not a column of the list is ignored and the list keeps its default order.
 */
public final class GridSorting {

    private GridSorting() {
    }

    /** Makes the column sortable by the user; the service sorts it as that sort column. */
    public static <T, C extends Enum<C>> Grid.Column<T> sortable(Grid.Column<T> column, C sortColumn) {
        column.setSortable(true);
        column.setSortProperty(sortColumn.name());
        return column;
    }

    /**
     * The order the grid asks for, or null for the list's default order: no sort, or a sort property that names no
     * column of the list. Grids sort by one column at a time; a further sort order is the grid's own tie-breaker and
     * is left to the service, which breaks ties itself.
     */
    public static <C extends Enum<C>> ListOrder<C> order(Query<?, ?> query, Class<C> columns) {
        if (query.getSortOrders() == null || query.getSortOrders().isEmpty()) {
            return null;
        }
        QuerySortOrder first = query.getSortOrders().getFirst();
        return Arrays.stream(columns.getEnumConstants()).filter(c -> c.name().equals(first.getSorted())).findFirst()
                .map(c -> new ListOrder<>(c, first.getDirection() == SortDirection.DESCENDING))
                .orElse(null);
    }
}
