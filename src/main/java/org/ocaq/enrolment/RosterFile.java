package org.ocaq.enrolment;

import java.util.List;

/**
 * A spreadsheet as read: its header cells and its data lines. lineNumber counts like the spreadsheet does (the
 * header is line 1), so a coordinator can find a rejected row in their own file.
 */
public record RosterFile(List<String> headers, List<Line> lines) {

    public record Line(int lineNumber, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }
}
