package org.ocaq.shared.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a simple document top to bottom: headings, lines of text and tables whose rows run on over as many pages as
 * they need (the header row is repeated on each). Text is cut to its cell with an ellipsis rather than overflowing;
 * a character the font lacks is written as "?", so a stray emoji never fails a report. Pages are written by
 * {@link PageContent}, so that text comes back out of the PDF as it went in (no ligatures).
 */
public final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 36;
    private static final float LINE = 1.45f;
    private static final Color SHADE = new Color(235, 238, 242);
    private static final Color RULE = new Color(200, 204, 210);

    private final PDDocument document = new PDDocument();
    private final PDRectangle pageSize;
    private final PDFont regular;
    private final PDFont bold;
    private final PDResources resources = new PDResources();
    private PDPage page;
    private PageContent content;
    private float y;

    /** A4 portrait or, for wide tables, landscape. */
    public PdfWriter(boolean landscape, String title, String language) {
        this.pageSize = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.regular = PdfFonts.load(document, PdfFonts.Face.REGULAR);
        this.bold = PdfFonts.load(document, PdfFonts.Face.BOLD);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentCatalog().setLanguage(language);
        document.getDocumentCatalog().setMarkInfo(new PDMarkInfo());
        newPage();
    }

    /** The width tables may use. */
    public float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    public PdfWriter heading(String text) {
        return text(text, bold, 15);
    }

    public PdfWriter line(String text) {
        return text(text, regular, 10);
    }

    public PdfWriter gap() {
        y -= 8;
        return this;
    }

    /** Starts the next part of the document on a new page. */
    public PdfWriter pageBreak() {
        newPage();
        return this;
    }

    /**
     * A table: the header row in bold, then the rows, each cell cut to its column's width. Columns right of the first
     * are centred when {@code centred} is true (a matrix of marks), else left-aligned.
     */
    public PdfWriter table(List<String> header, List<List<String>> rows, float[] widths, boolean centred) {
        float size = 9;
        float rowHeight = size * LINE + 4;
        ensureRoom(rowHeight * 2 + 4);
        // clear of the descenders of the line above
        y -= 4;
        row(header, widths, bold, size, rowHeight, centred, true);
        for (List<String> row : rows) {
            if (y - rowHeight < MARGIN) {
                newPage();
                row(header, widths, bold, size, rowHeight, centred, true);
            }
            row(row, widths, regular, size, rowHeight, centred, false);
        }
        y -= 6;
        return this;
    }

    public byte[] toBytes() {
        try {
            finishPage();
            PageContent.subsetFonts(regular, bold);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfWriter text(String text, PDFont font, float size) {
        ensureRoom(size * LINE);
        y -= size * LINE;
        write(font, size, MARGIN, y, fit(text, font, size, width()));
        return this;
    }

    private void row(List<String> cells, float[] widths, PDFont font, float size, float height, boolean centred,
                     boolean shaded) {
        y -= height;
        float x = MARGIN;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (shaded) {
            content.fillColor(SHADE);
            content.rect(MARGIN, y, total, height);
            content.fill();
        }
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            String shown = fit(cell, font, size, widths[i] - 4);
            float textX = x + 2;
            if (centred && i > 0) {
                textX = x + (widths[i] - PdfFonts.width(shown, font, size)) / 2;
            }
            write(font, size, textX, y + (height - size) / 2 + 1.5f, shown);
            x += widths[i];
        }
        content.strokeColor(RULE);
        content.lineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + total, y);
        content.stroke();
    }

    private void write(PDFont font, float size, float x, float atY, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.text(font, size, x, atY, Color.BLACK, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureRoom(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        finishPage();
        page = new PDPage(pageSize);
        // One set of resources for all pages: each font and colour is named once.
        page.setResources(resources);
        document.addPage(page);
        content = new PageContent(resources);
        y = pageSize.getHeight() - MARGIN;
    }

    private void finishPage() {
        if (content == null) {
            return;
        }
        try {
            content.writeTo(document, page);
            content = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with letters the font lacks replaced, cut with an ellipsis to fit the width. */
    private static String fit(String text, PDFont font, float size, float width) {
        String safe = PdfFonts.printable(text, font);
        if (PdfFonts.width(safe, font, size) <= width) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && PdfFonts.width(safe.substring(0, end) + "…", font, size) > width) {
            end = safe.offsetByCodePoints(end, -1);
        }
        return end == 0 ? "" : safe.substring(0, end) + "…";
    }
}
