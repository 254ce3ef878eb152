package org.ocaq.shared.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts of our PDFs: Noto Sans regular and bold, shipped in {@code fonts/} with their licence (SIL OFL 1.1), so
 * that every Azerbaijani letter (Ə ə Ğ ğ I ı İ i Ö ö Ü ü Ç ç Ş ş) is embedded whatever the server has installed.
 * <p>
 * The file is read once; it is parsed once per thread (a parsed TrueTypeFont reads its tables lazily and is not safe
 * to share between threads; parsing for every document costs about a quarter of the time of a small PDF). Each
 * document gets its own PDFont, subset on save: a PDFont belongs to one document and must never be shared.
 */
public final class PdfFonts {

    public enum Face {
        REGULAR("fonts/NotoSans-Regular.ttf"),
        BOLD("fonts/NotoSans-Bold.ttf");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }
    }

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);
    private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(() -> new EnumMap<>(Face.class));

    private PdfFonts() {
    }

    /** The face as a new font of this document, subset to the letters used when the document is saved. */
    public static PDFont load(PDDocument document, Face face) {
        try {
            return PDType0Font.load(document, parsed(face), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text fit for a PDF's strings and metadata: composed letters (NFC), control characters as spaces. */
    public static String plain(String text) {
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString().strip();
    }

    /** Text as the font can print it: {@link #plain}, and a letter the font lacks as "?" (a stray emoji never fails). */
    public static String printable(String text, PDFont font) {
        String clean = plain(text);
        StringBuilder out = new StringBuilder(clean.length());
        clean.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            try {
                font.encode(letter);
                out.append(letter);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The text's width at that size; a text the font cannot encode counts as too wide for anything. */
    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE;
        }
    }

    private static TrueTypeFont parsed(Face face) throws IOException {
        Map<Face, TrueTypeFont> mine = PARSED.get();
        TrueTypeFont font = mine.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
            mine.put(face, font);
        }
        return font;
    }

    private static byte[] bytes(Face face) throws IOException {
        synchronized (FILES) {
            byte[] bytes = FILES.get(face);
            if (bytes == null) {
                try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource)) {
                    if (in == null) {
                        throw new IOException("Font " + face.resource + " is missing from the classpath");
                    }
                    bytes = in.readAllBytes();
                }
                FILES.put(face, bytes);
            }
            return bytes;
        }
    }
}
