package org.ocaq.certificate;

import com.google.zxing.common.BitMatrix;
import com.vaadin.flow.i18n.I18NProvider;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.pdf.PageContent;
import org.ocaq.shared.pdf.PdfFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Prints a certificate as a one-page A4 landscape PDF: every text in Azerbaijani and, smaller below it, in the
 * certificate's second language; the holder's name large in the middle; the signer bottom left; bottom right a QR code
 * (drawn as vector squares, so it stays sharp at any zoom and costs a few hundred bytes) with the code under it.
 * <p>
 * The page's content is written by {@link PageContent}, not PDFBox's PDPageContentStream: that one applies the font's
 * GSUB features to Latin text (Noto Sans turns "fi", "fl", "ff" into ligature glyphs, which poppler extracts as U+FB01
 * and the like), and building the matcher for them on every line took most of the rendering time. Written glyph for
 * glyph, what a reader copies or a search engine extracts is exactly the name and course that were printed.
 * A name or course too long for the page is set smaller, never cut or run over the edge; a letter the font lacks is
 * printed as "?". Thread-safe: each call builds its own document with its own fonts.
 */
@Component
public class CertificateRenderer {

    private static final Logger log = LoggerFactory.getLogger(CertificateRenderer.class);

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** Text stays this far from the left and right edges. */
    static final float SIDE = 70;
    /** The inner line of the border, inside which everything is printed. */
    static final float BORDER_INNER = 24;
    /** Width of the QR symbol itself, without its quiet zone. */
    static final float QR_SIZE = 90;
    static final int QR_QUIET_MODULES = 4;

    private static final float CENTRE = PAGE.getWidth() / 2;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * SIDE;
    private static final float LOGO_HEIGHT = 60;
    private static final float LOGO_MAX_WIDTH = 120;
    private static final float LOGO_MARGIN = 46;
    private static final float LEFT = 60;
    private static final float SIGNATURE_WIDTH = 240;
    static final float QR_RIGHT = PAGE.getWidth() - LEFT;
    static final float QR_BOTTOM = 100;

    private static final Color INK = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x57);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x5A, 0x5F, 0x66);

    private static final DateTimeFormatter AZERBAIJANI_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Error correction M (15 %); no margin in the matrix, the drawing leaves the quiet zone. */
    private final I18NProvider i18n;

    public CertificateRenderer(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public byte[] render(CertificateDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(doc, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public void render(CertificateDocument doc, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new Sheet(document, doc).draw();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- one certificate ----------------------------------------------------------------------------------------

    /** The drawing of one certificate into its own document. */
    private final class Sheet {

        private final PDDocument document;
        private final CertificateDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private final Locale az = Languages.AZERBAIJANI;
        /** The second language, or null when the certificate is in Azerbaijani only. */
        private final Locale second;
        private PageContent content;

        Sheet(PDDocument document, CertificateDocument doc) {
            this.document = document;
            this.doc = doc;
            this.regular = PdfFonts.load(document, PdfFonts.Face.REGULAR);
            this.bold = PdfFonts.load(document, PdfFonts.Face.BOLD);
            Locale language = Languages.supportedOrDefault(doc.second().getLanguage());
            this.second = language.equals(az) ? null : language;
        }

        void draw() throws IOException {
            String titleKey = switch (doc.kind()) {
                case COURSE_COMPLETION -> "certificate.pdf.title.course";
                case TERM_ATTENDANCE -> "certificate.pdf.title.term";
                case TEACHER_TRAINING -> "certificate.pdf.title.teacher";
            };
            String bodyKey = switch (doc.kind()) {
                case COURSE_COMPLETION -> "certificate.pdf.body.course";
                case TERM_ATTENDANCE -> "certificate.pdf.body.term";
                case TEACHER_TRAINING -> "certificate.pdf.body.teacher";
            };
            String title = t(az, titleKey);
            // Document information is not drawn with a font: only composed letters and no control characters.
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(PdfFonts.plain(title + " — " + doc.holderName()));
            info.setAuthor(PdfFonts.plain(doc.schoolName()));
            info.setSubject(PdfFonts.plain(doc.subject()));
            info.setCreator("Ocaq");
            document.getDocumentCatalog().setLanguage(az.getLanguage());

            PDPage page = new PDPage(PAGE);
            PDResources resources = new PDResources();
            page.setResources(resources);
            document.addPage(page);
            content = new PageContent(resources);
            border();
            float schoolWidth = logo() ? PAGE.getWidth() - 2 * (LOGO_MARGIN + LOGO_MAX_WIDTH + 12) : TEXT_WIDTH;
            centred(doc.schoolName(), bold, 14, 520, schoolWidth, INK);

            centred(title, bold, 30, 470, TEXT_WIDTH, INK);
            if (second != null) {
                centred(t(second, titleKey), regular, 14, 446, TEXT_WIDTH, INK);
            }
            bilingual("certificate.pdf.certifies", new Object[0], 408, 13, 392, 10.5f);

            centred(doc.holderName(), bold, 28, 352, TEXT_WIDTH, TEXT);
            if (doc.showsPassportName()) {
                String label = second == null ? t(az, "certificate.pdf.passport")
                        : t(az, "certificate.pdf.passport") + " / " + t(second, "certificate.pdf.passport");
                centred(label + ": " + doc.passportName().strip(), regular, 10, 332, TEXT_WIDTH, MUTED);
            }

            bilingual(bodyKey, new Object[]{doc.subject()}, 300, 13.5f, 283, 11);
            centred(details(az), regular, 11, 258, TEXT_WIDTH, TEXT);
            if (second != null) {
                centred(details(second), regular, 10, 244, TEXT_WIDTH, MUTED);
            }

            signature();
            qr();

            content.writeTo(document, page);
            PageContent.subsetFonts(regular, bold);
        }

        /** A text in Azerbaijani, centred, and smaller below it in the second language. */
        private void bilingual(String key, Object[] params, float y, float size, float secondY, float secondSize)
                throws IOException {
            centred(t(az, key, params), regular, size, y, TEXT_WIDTH, TEXT);
            if (second != null) {
                centred(t(second, key, params), regular, secondSize, secondY, TEXT_WIDTH, MUTED);
            }
        }

        /** The period and, if known, the teaching hours, in one language. */
        private String details(Locale locale) {
            String period = t(locale, "certificate.pdf.period", date(doc.from(), locale), date(doc.to(), locale));
            return doc.hours() == null ? period : period + "  ·  " + t(locale, "certificate.pdf.hours", doc.hours());
        }

        private void border() throws IOException {
            float outer = 18;
            content.strokeColor(INK);
            content.lineWidth(2.2f);
            content.rect(outer, outer, PAGE.getWidth() - 2 * outer, PAGE.getHeight() - 2 * outer);
            content.stroke();
            content.strokeColor(GOLD);
            content.lineWidth(0.7f);
            content.rect(BORDER_INNER, BORDER_INNER, PAGE.getWidth() - 2 * BORDER_INNER,
                    PAGE.getHeight() - 2 * BORDER_INNER);
            content.stroke();
            // small squares in the corners of the inner line
            content.fillColor(GOLD);
            float corner = 5;
            for (float x : new float[]{BORDER_INNER, PAGE.getWidth() - BORDER_INNER}) {
                for (float y : new float[]{BORDER_INNER, PAGE.getHeight() - BORDER_INNER}) {
                    content.rect(x - corner / 2, y - corner / 2, corner, corner);
                }
            }
            content.fill();
        }

        /** The school's logo in the top left corner; false when there is none or it cannot be read. */
        private boolean logo() throws IOException {
            byte[] bytes = doc.logoPng();
            if (bytes == null || bytes.length == 0) {
                return false;
            }
            PDImageXObject image;
            try {
                image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            } catch (IOException | IllegalArgumentException e) {
                log.warn("The logo of {} is no PNG or JPEG image and is left out of its certificates: {}",
                        doc.schoolName(), e.toString());
                return false;
            }
            if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                return false;
            }
            float scale = Math.min(LOGO_HEIGHT / image.getHeight(), LOGO_MAX_WIDTH / image.getWidth());
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            content.image(image, LOGO_MARGIN, PAGE.getHeight() - LOGO_MARGIN - height, width, height);
            return true;
        }

        private void signature() throws IOException {
            content.strokeColor(TEXT);
            content.lineWidth(0.6f);
            content.moveTo(LEFT, 150);
            content.lineTo(LEFT + SIGNATURE_WIDTH, 150);
            content.stroke();
            left(doc.signerName(), bold, 11.5f, 136, TEXT);
            left(doc.signerTitle(), regular, 10, 122, MUTED);
            left(t(az, "certificate.pdf.issued", date(doc.issuedOn(), az)), regular, 10, 96, TEXT);
            if (second != null) {
                left(t(second, "certificate.pdf.issued", date(doc.issuedOn(), second)), regular, 9, 83, MUTED);
            }
        }

        /**
         * The QR code of the verification address as filled squares (each row's run of dark modules one rectangle) on
         * a white quiet zone of four modules, the code under it and where to check it by hand.
         */
        private void qr() throws IOException {
            BitMatrix matrix = QrCodes.readable(doc.verifyUrl());
            int modules = matrix.getWidth();
            float module = QR_SIZE / modules;
            float left = QR_RIGHT - QR_SIZE;
            float top = QR_BOTTOM + QR_SIZE;
            float quiet = QR_QUIET_MODULES * module;
            content.fillColor(Color.WHITE);
            content.rect(left - quiet, QR_BOTTOM - quiet, QR_SIZE + 2 * quiet, QR_SIZE + 2 * quiet);
            content.fill();
            content.fillColor(Color.BLACK);
            for (int row = 0; row < modules; row++) {
                float y = top - (row + 1) * module;
                int column = 0;
                while (column < modules) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < modules && matrix.get(column, row)) {
                        column++;
                    }
                    content.rect(left + start * module, y, (column - start) * module, module);
                }
            }
            content.fill();

            float centre = left + QR_SIZE / 2;
            float below = QR_BOTTOM - quiet;
            underQr(doc.code().grouped(), bold, 11, below - 12, centre, TEXT);
            String site = site();
            underQr(t(az, "certificate.pdf.verify", site), regular, 8, below - 26, centre, MUTED);
            if (second != null) {
                underQr(t(second, "certificate.pdf.verify", site), regular, 8, below - 36, centre, MUTED);
            }
        }

        /** The verification address without the code: where someone types a code by hand. */
        private String site() {
            String url = doc.verifyUrl();
            String code = doc.code().compact();
            if (url.endsWith(code)) {
                url = url.substring(0, url.length() - code.length());
            }
            while (url.endsWith("/") || url.endsWith("=") || url.endsWith("?")) {
                url = url.substring(0, url.length() - 1);
            }
            return url;
        }

        // --- text -----------------------------------------------------------------------------------------------

        private void centred(String text, PDFont font, float maxSize, float y, float width, Color color)
                throws IOException {
            String shown = PdfFonts.printable(text, font);
            float size = fittingSize(shown, font, maxSize, width);
            write(shown, font, size, CENTRE - PdfFonts.width(shown, font, size) / 2, y, color);
        }

        private void left(String text, PDFont font, float maxSize, float y, Color color) throws IOException {
            String shown = PdfFonts.printable(text, font);
            write(shown, font, fittingSize(shown, font, maxSize, SIGNATURE_WIDTH + 60), LEFT, y, color);
        }

        /** Centred under the QR code, but moved left rather than past the border when wide. */
        private void underQr(String text, PDFont font, float maxSize, float y, float centre, Color color)
                throws IOException {
            String shown = PdfFonts.printable(text, font);
            float size = fittingSize(shown, font, maxSize, 380);
            float width = PdfFonts.width(shown, font, size);
            float x = Math.min(centre - width / 2, PAGE.getWidth() - BORDER_INNER - 12 - width);
            write(shown, font, size, x, y, color);
        }

        private void write(String text, PDFont font, float size, float x, float y, Color color) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.text(font, size, x, y, color, text);
        }

        private String t(Locale locale, String key, Object... params) {
            return i18n.getTranslation(key, locale, params);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String date(LocalDate day, Locale locale) {
        if (locale.getLanguage().equals(Languages.AZERBAIJANI.getLanguage())) {
            return AZERBAIJANI_DATE.format(day);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** The largest size up to {@code maxSize} at which the text fits the width. */
    static float fittingSize(String text, PDFont font, float maxSize, float width) {
        float atOne = PdfFonts.width(text, font, 1);
        if (atOne <= 0 || atOne * maxSize <= width) {
            return maxSize;
        }
        // a hair smaller than exact, so rounding in the content stream never pushes it over
        return width / atOne * 0.995f;
    }
}
