package org.ocaq.material;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import static org.ocaq.testsupport.SampleFiles.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are judged by their bytes and stopped at their size limit; nothing refused stays on disk. */
class MaterialUploadsTest {

    @TempDir
    Path folder;

    private MaterialUploads uploads() throws IOException {
        LocalDiskStorage storage = new LocalDiskStorage(folder);
        return new MaterialUploads(storage, new Thumbnails(storage));
    }

    private long filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static String refusal(Runnable upload) {
        try {
            upload.run();
        } catch (MaterialProblem problem) {
            return problem.messageKey();
        }
        throw new AssertionError("The upload was accepted");
    }

    @Test
    void a_pdf_is_kept_under_a_name_the_server_made_with_its_bytes_unchanged() throws IOException {
        byte[] bytes = pdf();
        MaterialUploads.Accepted accepted = uploads().accept("Əlifba — iş vərəqi.pdf", new ByteArrayInputStream(bytes));
        assertThat(accepted.kind()).isEqualTo(MaterialKind.PDF);
        assertThat(accepted.contentType()).isEqualTo("application/pdf");
        assertThat(accepted.fileName()).isEqualTo("Əlifba — iş vərəqi.pdf");
        assertThat(accepted.size()).isEqualTo(bytes.length);
        assertThat(accepted.storedName()).matches("[0-9a-f]{32}");
        assertThat(Files.readAllBytes(folder.resolve(accepted.storedName()))).isEqualTo(bytes);
        assertThat(filesInFolder()).isOne();
    }

    @Test
    void audio_and_images_are_told_apart_by_their_bytes_whatever_their_names_say() throws IOException {
        byte[] mp3 = new byte[4096];
        System.arraycopy("ID3".getBytes(StandardCharsets.US_ASCII), 0, mp3, 0, 3);
        mp3[3] = 4;
        assertThat(uploads().accept("mahnı.pdf", new ByteArrayInputStream(mp3)).kind()).isEqualTo(MaterialKind.AUDIO);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(uploads().accept("şəkil", new ByteArrayInputStream(png)).kind()).isEqualTo(MaterialKind.IMAGE);
    }

    @Test
    void an_executable_renamed_pdf_html_and_svg_carrying_script_and_a_path_for_a_name_are_refused() throws IOException {
        MaterialUploads uploads = uploads();
        byte[] executable = Files.readAllBytes(Paths.get("/bin/ls"));
        assertThat(refusal(() -> uploads.accept("dərs.pdf", new ByteArrayInputStream(executable))))
                .isEqualTo("material.upload.type-refused");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> uploads.accept("qeydlər.pdf", new ByteArrayInputStream(html))))
                .isEqualTo("material.upload.type-refused");
        byte[] svg = """
                <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> uploads.accept("şəkil.png", new ByteArrayInputStream(svg))))
                .isEqualTo("material.upload.type-refused");
        byte[] bytes = pdf();
        for (String name : new String[]{"../../x", "..\\..\\x.pdf", "/etc/passwd", "", ".hidden.pdf", "a/b.pdf"}) {
            assertThat(refusal(() -> uploads.accept(name, new ByteArrayInputStream(bytes)))).as(name)
                    .isEqualTo("material.upload.bad-name");
        }
        assertThat(filesInFolder()).isZero();
    }

    @Test
    void a_stream_of_several_hundred_megabytes_is_stopped_at_the_limit_and_nothing_stays_on_disk() throws IOException {
        long total = 600L * 1024 * 1024;
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        CountingStream endless = new CountingStream(header, total);
        assertThat(refusal(() -> {
            try {
                uploads().accept("böyük.pdf", endless);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        })).isEqualTo("material.upload.too-large");
        // Read only a little past the limit: the rest never left the client's stream, let alone reached the disk.
        assertThat(endless.served).isLessThan(MaterialKind.PDF.maxBytes() + 256 * 1024).isLessThan(total / 10);
        assertThat(filesInFolder()).isZero();
    }

    /** A stream of the given length that makes its bytes as they are read (no array of that size exists). */
    private static final class CountingStream extends InputStream {

        private final byte[] header;
        private final long length;
        long served;

        CountingStream(byte[] header, long length) {
            this.header = header;
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            int value = served < header.length ? header[(int) served] : ' ';
            served++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = served + i < header.length ? header[(int) (served + i)] : (byte) ' ';
            }
            served += n;
            return n;
        }
    }
}
