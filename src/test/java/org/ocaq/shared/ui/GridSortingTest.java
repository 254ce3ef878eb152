package org.ocaq.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.ListOrder;
import org.springframework.data.domain.Sort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A grid's sort request becomes a list's typed order, or the list's default when it names no column of the list. */
class GridSortingTest {

    enum Column { NAME, EMAIL }

    @Test
    void a_sort_by_a_column_of_the_list_becomes_its_order_in_that_direction() {
        assertThat(GridSorting.order(query(new QuerySortOrder("EMAIL", SortDirection.DESCENDING)), Column.class))
                .isEqualTo(ListOrder.descending(Column.EMAIL));
        assertThat(GridSorting.order(query(new QuerySortOrder("NAME", SortDirection.ASCENDING),
                new QuerySortOrder("EMAIL", SortDirection.DESCENDING)), Column.class))
                .isEqualTo(ListOrder.ascending(Column.NAME));
    }

    @Test
    void no_sort_or_an_unknown_property_falls_back_to_the_default_order() {
        assertThat(GridSorting.order(query(), Column.class)).isNull();
        // A browser can send any name: a property of the entity or an SQL fragment never reaches a query.
        assertThat(GridSorting.order(query(new QuerySortOrder("passwordHash", SortDirection.ASCENDING)), Column.class))
                .isNull();
        assertThat(GridSorting.order(query(new QuerySortOrder("name; drop table child", SortDirection.DESCENDING)),
                Column.class)).isNull();
        assertThat(GridSorting.order(query(new QuerySortOrder("name", SortDirection.DESCENDING)), Column.class))
                .as("column names are matched exactly").isNull();
    }

    @Test
    void a_sortable_column_asks_for_its_sort_column_by_name() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> column = GridSorting.sortable(grid.addColumn(s -> s), Column.EMAIL);
        assertThat(column.isSortable()).isTrue();
        assertThat(column.getSortOrder(SortDirection.DESCENDING)).extracting(QuerySortOrder::getSorted)
                .containsExactly("EMAIL");
    }

    @Test
    void an_order_sorts_by_the_properties_then_by_id_all_in_its_direction() {
        assertThat(ListOrder.descending(Column.EMAIL).by("email", "sortKey")).containsExactly(
                Sort.Order.desc("email"), Sort.Order.desc("sortKey"), Sort.Order.desc("id"));
        assertThat(ListOrder.ascending(Column.NAME).by("sortKey"))
                .containsExactly(Sort.Order.asc("sortKey"), Sort.Order.asc("id"));
        assertThatThrownBy(() -> new ListOrder<Column>(null, false)).isInstanceOf(NullPointerException.class);
    }

    private static Query<String, Void> query(QuerySortOrder... orders) {
        return new Query<>(0, 50, List.of(orders), null, null);
    }
}
