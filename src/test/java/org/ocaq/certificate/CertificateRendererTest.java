package org.ocaq.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocaq.shared.i18n.OcaqI18NProvider;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate PDF as readers, search engines and phone cameras see it. Plain JUnit, no Spring. */
class CertificateRendererTest {

    static final String HOLDER = "Əliyeva Gülşən Çingiz qızı";
    static final String PASSPORT = "Aliyeva Gulshan";
    /** "fi" and "fl", which the font would otherwise set as ligatures. */
    static final String SUBJECT = "Azərbaycan dili — ailə, profil və flora";
    static final List<String> NAMES = List.of("Məmmədov Ələkbər Rauf oğlu", "Hüseynova Şəbnəm", "Qasımov İlkin",
            "Şükürova Ülviyyə Nazim qızı", "Cəfərli Ömər", "Bağırova Xədicə", "Ağayev Çingiz", "Nəbiyeva Nərmin",
            "Rzayev Ağa", "Əliyeva Gülşən Çingiz qızı", "İsmayılova Gülnarə", "Hacıyev Fərid", "Kərimova Aygün",
            "Süleymanov Elşən", "Vəliyeva Ləman", "Quliyev Tofiq", "Əhmədova Səbinə", "Musayev Rəşad",
            "Orucova Fidan", "Zeynalov Fəxrəddin");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRenderer renderer = new CertificateRenderer(new OcaqI18NProvider());

    static CertificateDocument sample(String holder, CertificateCode code) {
        return new CertificateDocument(CertificateKind.COURSE_COMPLETION, Locale.ENGLISH,
                "Ocaq Azərbaycan Məktəbi — Berlin", null, holder, PASSPORT, SUBJECT, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 5, 31), 72, "Məmmədova Səbinə", "Məktəb direktoru", LocalDate.of(2026, 6, 15),
                code, "https://ocaq.example/verify/" + code.compact());
    }

    static CertificateDocument sample(String holder) {
        return sample(holder, CertificateCode.generate(RANDOM));
    }

    // (a) PDFBox's own text extraction

    @Test
    void the_text_extracts_exactly_with_pdfbox() throws IOException {
        CertificateDocument doc = sample(HOLDER);

        String text = pdfboxText(renderer.render(doc));

        assertExtractsExactly(text, doc);
        assertThat(text).contains("Pasportda / Passport: " + PASSPORT)
                .contains("SERTİFİKAT").contains("CERTIFICATE OF COMPLETION")
                .contains("Bu sertifikat təsdiq edir ki,").contains("This certifies that")
                .contains("«" + SUBJECT + "» kursunu uğurla başa vurmuşdur.")
                .contains("has successfully completed the course “" + SUBJECT + "”.")
                .contains("Təhsil müddəti: 01.09.2025 – 31.05.2026").contains("Həcmi: 72 dərs saatı")
                .contains("Period of study: Sep 1, 2025 – May 31, 2026").contains("Teaching hours: 72")
                .contains("Verilmə tarixi: 15.06.2026").contains("Date of issue: Jun 15, 2026")
                .contains("Yoxlamaq üçün: https://ocaq.example/verify")
                .contains("Verify at https://ocaq.example/verify")
                .contains("Məmmədova Səbinə").contains("Məktəb direktoru")
                .contains("Ocaq Azərbaycan Məktəbi — Berlin");
    }

    // (b) poppler, as most Linux tools and many search engines read PDFs

    @Test
    void the_text_extracts_exactly_with_poppler(@TempDir Path dir) throws Exception {
        CertificateDocument doc = sample(HOLDER);
        Path file = dir.resolve("certificate.pdf");
        Files.write(file, renderer.render(doc));

        String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");

        assertExtractsExactly(text, doc);
        assertThat(text).contains("Pasportda / Passport: " + PASSPORT).contains("SERTİFİKAT");
    }

    // (c) the QR code, as a phone camera sees the printed page

    @Test
    void the_qr_code_decodes_to_the_verification_address() throws IOException {
        CertificateDocument doc = sample(HOLDER);

        assertThat(decodeQr(renderer.render(doc))).isEqualTo(doc.verifyUrl());
    }

    @Test
    void a_long_verification_address_still_makes_a_readable_qr_code() throws IOException {
        CertificateCode code = CertificateCode.generate(RANDOM);
        CertificateDocument base = sample(HOLDER, code);
        String url = "https://sertifikat.azerbaycan-mektebleri.example/a/long/path/to/verify/" + code.compact();
        CertificateDocument doc = withUrl(base, url);

        assertThat(decodeQr(renderer.render(doc))).isEqualTo(url);
    }

    // (d) many at once, each with its own name, code and QR code

    @Test
    void twenty_certificates_rendered_in_parallel_each_show_their_own_holder_and_code() throws Exception {
        List<CertificateDocument> docs = NAMES.stream().map(CertificateRendererTest::sample).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (CertificateDocument doc : docs) {
                pdfs.add(pool.submit(() -> renderer.render(doc)));
            }
            List<Future<String[]>> read = new ArrayList<>();
            for (Future<byte[]> pdf : pdfs) {
                byte[] bytes = pdf.get(60, TimeUnit.SECONDS);
                read.add(pool.submit(() -> new String[]{pdfboxText(bytes), decodeQr(bytes)}));
            }
            for (int i = 0; i < docs.size(); i++) {
                CertificateDocument doc = docs.get(i);
                String[] seen = read.get(i).get(60, TimeUnit.SECONDS);
                assertExtractsExactly(seen[0], doc);
                for (CertificateDocument other : docs) {
                    if (other != doc && !doc.holderName().contains(other.holderName())) {
                        assertThat(seen[0]).doesNotContain(other.holderName()).doesNotContain(other.code().grouped());
                    }
                }
                assertThat(seen[1]).isEqualTo(doc.verifyUrl());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // (e) size

    @Test
    void a_certificate_without_logo_is_small() {
        byte[] pdf = renderer.render(sample(HOLDER));

        System.out.println("certificate without logo: " + pdf.length + " bytes");
        assertThat(pdf.length).isLessThanOrEqualTo(60 * 1024);
    }

    // (f) the page

    @Test
    void the_page_is_one_a4_landscape_in_azerbaijani_with_a_title() throws IOException {
        CertificateDocument doc = sample(HOLDER);
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            assertThat(Math.round(box.getWidth())).isEqualTo(842);
            assertThat(Math.round(box.getHeight())).isEqualTo(595);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("az");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("SERTİFİKAT — " + HOLDER);
        }
    }

    // (g) what does not fit is set smaller, never cut or run off the page

    @Test
    void a_name_and_subject_longer_than_the_page_shrink_to_fit_and_extract_exactly() throws IOException {
        String longName = "Əbdülrəhmanova Gülşən-Şəhrizad Çingiz qızı ".repeat(3).substring(0, 120);
        assertThat(longName).hasSize(120);
        String longSubject = "Azərbaycan dili və ədəbiyyatı: ailə, profil, flora, fauna, tarix, coğrafiya, musiqi "
                + "və xalq oyunları üzrə genişləndirilmiş proqram";
        CertificateDocument doc = withSubject(sample(longName), longSubject);
        byte[] bytes = renderer.render(doc);

        List<TextPosition> positions = new ArrayList<>();
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
                    positions.addAll(textPositions);
                    super.writeString(string, textPositions);
                }
            };
            text = stripper.getText(pdf);
        }
        assertThat(text).contains(longName).contains(longSubject);
        float inner = CertificateRenderer.BORDER_INNER;
        float width = CertificateRenderer.PAGE.getWidth();
        float height = CertificateRenderer.PAGE.getHeight();
        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getXDirAdj()).as("left of %s", p.getUnicode()).isGreaterThan(inner);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right of %s", p.getUnicode())
                    .isLessThan(width - inner);
            assertThat(p.getYDirAdj()).as("baseline of %s", p.getUnicode()).isBetween(inner, height - inner);
        });
    }

    // (h) the fonts travel with the file

    @Test
    void the_fonts_are_embedded_subsets_with_unicode_maps(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("certificate.pdf");
        Files.write(file, renderer.render(sample(HOLDER)));

        String listing = run("pdffonts", file.toString());

        List<String> rows = listing.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            // name type encoding emb sub uni object-id
            String[] columns = row.trim().split("\\s+");
            assertThat(columns[0]).matches("[A-Z]{6}\\+NotoSans.*");
            assertThat(columns[columns.length - 5]).as("emb in %s", row).isEqualTo("yes");
            assertThat(columns[columns.length - 4]).as("sub in %s", row).isEqualTo("yes");
            assertThat(columns[columns.length - 3]).as("uni in %s", row).isEqualTo("yes");
        });
    }

    // --- further cases ------------------------------------------------------------------------------------------

    @Test
    void each_kind_has_its_own_title_and_sentence_in_russian_too() throws IOException {
        CertificateDocument base = sample(HOLDER);
        Map<CertificateKind, List<String>> expected = Map.of(
                CertificateKind.COURSE_COMPLETION, List.of("SERTİFİKAT", "СЕРТИФИКАТ ОБ ОКОНЧАНИИ КУРСА",
                        "«" + SUBJECT + "» kursunu uğurla başa vurmuşdur.", "успешно окончил(а) курс «" + SUBJECT + "»."),
                CertificateKind.TERM_ATTENDANCE, List.of("İŞTİRAK SERTİFİKATI", "СЕРТИФИКАТ О ПОСЕЩЕНИИ ЗАНЯТИЙ",
                        "tədris dövründə «" + SUBJECT + "» qrupunun dərslərində iştirak etmişdir.",
                        "посещал(а) занятия группы «" + SUBJECT + "»."),
                CertificateKind.TEACHER_TRAINING, List.of("MÜƏLLİM HAZIRLIĞI SERTİFİKATI",
                        "СЕРТИФИКАТ О ПЕДАГОГИЧЕСКОЙ ПОДГОТОВКЕ",
                        "«" + SUBJECT + "» müəllim hazırlığı proqramını uğurla başa vurmuşdur.",
                        "программу подготовки учителей «" + SUBJECT + "»."));
        for (CertificateKind kind : CertificateKind.values()) {
            CertificateDocument doc = new CertificateDocument(kind, Locale.forLanguageTag("ru"), base.schoolName(),
                    null, base.holderName(), base.passportName(), base.subject(), base.from(), base.to(), null,
                    base.signerName(), base.signerTitle(), base.issuedOn(), base.code(), base.verifyUrl());

            String text = pdfboxText(renderer.render(doc));

            assertExtractsExactly(text, doc);
            assertThat(text).as(kind.name()).contains(expected.get(kind))
                    .contains("Pasportda / По паспорту: " + PASSPORT)
                    .contains("Дата выдачи:").contains("Проверить подлинность: https://ocaq.example/verify")
                    .doesNotContain("dərs saatı").doesNotContain("Учебных часов");
        }
    }

    @Test
    void with_azerbaijani_as_the_second_language_every_text_is_printed_once() throws IOException {
        CertificateDocument base = sample(HOLDER);
        CertificateDocument doc = new CertificateDocument(base.kind(), Locale.forLanguageTag("az"), base.schoolName(),
                null, base.holderName(), base.passportName(), base.subject(), base.from(), base.to(), base.hours(),
                base.signerName(), base.signerTitle(), base.issuedOn(), base.code(), base.verifyUrl());

        String text = pdfboxText(renderer.render(doc));

        assertExtractsExactly(text, doc);
        assertThat(text).contains("Pasportda: " + PASSPORT).doesNotContain("Passport").doesNotContain("Verify at");
        assertThat(text.split("Bu sertifikat təsdiq edir ki", -1)).hasSize(2);
    }

    @Test
    void the_passport_spelling_is_left_out_when_it_is_the_name_itself() throws IOException {
        CertificateDocument base = sample(HOLDER);
        CertificateDocument doc = new CertificateDocument(base.kind(), base.second(), base.schoolName(), null,
                HOLDER, " " + HOLDER + " ", base.subject(), base.from(), base.to(), base.hours(), base.signerName(),
                base.signerTitle(), base.issuedOn(), base.code(), base.verifyUrl());

        assertThat(pdfboxText(renderer.render(doc))).doesNotContain("Pasportda");
    }

    @Test
    void a_letter_the_font_lacks_is_printed_as_a_question_mark() throws IOException {
        CertificateDocument doc = sample("Əliyeva 😀 Gülşən 漢");

        String text = pdfboxText(renderer.render(doc));

        assertThat(text).contains("Əliyeva ? Gülşən ?");
    }

    @Test
    void a_logo_is_drawn_and_one_that_is_no_image_is_left_out() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        byte[] withLogo = renderer.render(withLogo(sample(HOLDER), png.toByteArray()));
        byte[] withBroken = renderer.render(withLogo(sample(HOLDER), "not an image".getBytes(StandardCharsets.UTF_8)));

        try (PDDocument pdf = Loader.loadPDF(withLogo)) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
        try (PDDocument pdf = Loader.loadPDF(withBroken)) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).contains(HOLDER);
        }
    }

    @Test
    void rendering_to_a_stream_leaves_it_open_and_writes_the_same_document() {
        CertificateDocument doc = sample(HOLDER);
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the renderer must not close the caller's stream");
            }
        };

        renderer.render(doc, out);

        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(out.size()).isBetween(renderer.render(doc).length - 200, renderer.render(doc).length + 200);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertExtractsExactly(String text, CertificateDocument doc) {
        assertThat(text).contains(doc.holderName()).contains(doc.subject()).contains(doc.code().grouped());
        if (doc.showsPassportName()) {
            assertThat(text).contains(doc.passportName());
        }
        assertThat(text.chars().filter(c -> c >= 0xFB00 && c <= 0xFB06)).as("ligature characters").isEmpty();
        assertThat(text).doesNotContain("\uFFFD");
    }

    static String pdfboxText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Reads the QR code as a phone held over it does: the printed page seen around the code with a margin of page
     * (border, text below), frame after frame at a changing distance (200, 300 and 150 dpi) until one frame reads.
     * ZXing's reader misses a few codes in a thousand at one given size, though the same code reads at another.
     */
    static String decodeQr(byte[] pdf) throws IOException {
        ReaderException last = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (float dpi : new float[]{200, 300, 150}) {
                try {
                    return decodeAround(renderer.renderImageWithDPI(0, dpi, ImageType.RGB), dpi);
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        throw new AssertionError("no QR code readable on the page", last);
    }

    private static String decodeAround(BufferedImage page, float dpi) throws ReaderException {
        float scale = dpi / 72;
        float margin = 40;
        float pageHeight = CertificateRenderer.PAGE.getHeight();
        int left = Math.max(0, Math.round((CertificateRenderer.QR_RIGHT - CertificateRenderer.QR_SIZE - margin) * scale));
        int top = Math.max(0, Math.round((pageHeight - CertificateRenderer.QR_BOTTOM - CertificateRenderer.QR_SIZE
                - margin) * scale));
        int right = Math.min(page.getWidth(), Math.round((CertificateRenderer.QR_RIGHT + margin) * scale));
        int bottom = Math.min(page.getHeight(), Math.round((pageHeight - CertificateRenderer.QR_BOTTOM + margin) * scale));
        BufferedImage seen = page.getSubimage(left, top, right - left, bottom - top);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(seen)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        // no skipping: CI installs poppler-utils, and a missing tool should fail loudly
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), text).isZero();
        return text;
    }

    private static CertificateDocument withUrl(CertificateDocument d, String url) {
        return new CertificateDocument(d.kind(), d.second(), d.schoolName(), d.logoPng(), d.holderName(),
                d.passportName(), d.subject(), d.from(), d.to(), d.hours(), d.signerName(), d.signerTitle(),
                d.issuedOn(), d.code(), url);
    }

    private static CertificateDocument withSubject(CertificateDocument d, String subject) {
        return new CertificateDocument(d.kind(), d.second(), d.schoolName(), d.logoPng(), d.holderName(),
                d.passportName(), subject, d.from(), d.to(), d.hours(), d.signerName(), d.signerTitle(),
                d.issuedOn(), d.code(), d.verifyUrl());
    }

    private static CertificateDocument withLogo(CertificateDocument d, byte[] logo) {
        return new CertificateDocument(d.kind(), d.second(), d.schoolName(), logo, d.holderName(),
                d.passportName(), d.subject(), d.from(), d.to(), d.hours(), d.signerName(), d.signerTitle(),
                d.issuedOn(), d.code(), d.verifyUrl());
    }
}
