package org.ocaq.enrolment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes roster files: UTF-8 with or without a byte-order mark, separated by commas, semicolons (what a
 * spreadsheet in a German or Azerbaijani locale writes) or tabs, found from the header line.
 */
final class RosterCsv {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_LINES = 20_000;
    private static final char BOM = '\uFEFF';

    private RosterCsv() {
    }

    static RosterFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RosterFileProblem("enrolment.roster.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RosterFileProblem("enrolment.roster.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = decodeUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new RosterFileProblem("enrolment.roster.file.not-text");
        }
        char delimiter = delimiterOf(firstLine(text));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<RosterFile.Line> lines = new ArrayList<>();
        int scanned = 0;
        int lineNumber = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // Line numbers as the spreadsheet shows them (the header is line 1), also after quoted line breaks.
                int start = (int) record.getCharacterPosition();
                for (; scanned < start && scanned < text.length(); scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        lineNumber++;
                    }
                }
                List<String> cells = record.toList().stream().map(c -> c == null ? "" : c.strip()).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                if (lines.size() == MAX_LINES) {
                    throw new RosterFileProblem("enrolment.roster.file.too-many-lines", MAX_LINES);
                }
                lines.add(new RosterFile.Line(lineNumber, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RosterFileProblem("enrolment.roster.file.unreadable");
        }
        if (headers == null || lines.isEmpty()) {
            throw new RosterFileProblem("enrolment.roster.file.no-rows");
        }
        return new RosterFile(headers, lines);
    }

    /** A file with a header line and the given rows, comma-separated, that {@link #read} reads back unchanged. */
    static byte[] write(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // With a byte-order mark, so that spreadsheets open the Azerbaijani letters as UTF-8.
        return (BOM + out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RosterFileProblem("enrolment.roster.file.not-utf8");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The separator that splits the header line into the most cells, outside quotes. */
    static char delimiterOf(String headerLine) {
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[]{',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : headerLine.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
