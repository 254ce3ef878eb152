package org.ocaq.shared.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A page's content stream, written directly: paths, colours, an image and text as plain glyphs. Not PDFBox's
 * PDPageContentStream, whose showText applies the font's ligature rules to Latin text: "fi" became U+FB01, which
 * poppler's pdftotext gives back as "ﬁ", so names and words copied out of a PDF were not what was written (ADR 0013).
 * Numbers to three decimals; text as hex strings of the fonts' codes, each letter added to the font's subset.
 */
public final class PageContent {

    private final StringBuilder ops = new StringBuilder(8192);
    private final PDResources resources;
    private final Map<Object, String> names = new IdentityHashMap<>();

    public PageContent(PDResources resources) {
        this.resources = resources;
    }

    public void strokeColor(Color color) {
        colour(color).append("RG\n");
    }

    public void fillColor(Color color) {
        colour(color).append("rg\n");
    }

    public void lineWidth(float width) {
        number(width).append("w\n");
    }

    public void rect(float x, float y, float width, float height) {
        number(x);
        number(y);
        number(width);
        number(height).append("re\n");
    }

    public void moveTo(float x, float y) {
        number(x);
        number(y).append("m\n");
    }

    public void lineTo(float x, float y) {
        number(x);
        number(y).append("l\n");
    }

    public void stroke() {
        ops.append("S\n");
    }

    public void fill() {
        ops.append("f\n");
    }

    public void image(PDImageXObject image, float x, float y, float width, float height) {
        String name = names.computeIfAbsent(image, i -> resources.add((PDImageXObject) i).getName());
        ops.append("q\n");
        number(width).append("0 0 ");
        number(height);
        number(x);
        number(y).append("cm\n/").append(name).append(" Do\nQ\n");
    }

    /** One line of text at (x, y); letters the font lacks must have been replaced before. */
    public void text(PDFont font, float size, float x, float y, Color color, String text) throws IOException {
        String name = names.computeIfAbsent(font, f -> resources.add((PDFont) f).getName());
        byte[] codes = font.encode(text);
        if (font.willBeSubset()) {
            text.codePoints().forEach(font::addToSubset);
        }
        fillColor(color);
        ops.append("BT\n/").append(name).append(' ');
        number(size).append("Tf\n");
        number(x);
        number(y).append("Td\n<");
        for (byte code : codes) {
            ops.append(HEX[(code >> 4) & 0xF]).append(HEX[code & 0xF]);
        }
        ops.append("> Tj\nET\n");
    }

    /** Puts what was written on the page, compressed. */
    public void writeTo(PDDocument document, PDPage page) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes());
        }
        page.setContents(stream);
    }

    /**
     * Cuts the fonts down to the letters written, once all pages are written and before the document is saved:
     * PDPageContentStream would have registered them for this on save, this writer does not.
     */
    public static void subsetFonts(PDFont... fonts) throws IOException {
        for (PDFont font : fonts) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
    }

    private byte[] bytes() {
        return ops.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private StringBuilder colour(Color color) {
        number(color.getRed() / 255f);
        number(color.getGreen() / 255f);
        return number(color.getBlue() / 255f);
    }

    /** The number to three decimals, then a space. */
    private StringBuilder number(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            ops.append('-');
            thousandths = -thousandths;
        }
        ops.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            ops.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                ops.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    ops.append((char) ('0' + fraction % 10));
                }
            }
        }
        return ops.append(' ');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
