package org.ocaq.certificate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.i18n.OcaqI18NProvider;

import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates for a whole country's end of year: 10,000 rendered on one thread and 10,000 on two, each with its own
 * name and code, written to a stream that only counts. Runs only with {@code ./mvnw -q -Pbench verify}.
 */
@Tag("bench")
class CertificateRenderBenchmarkTest {

    private static final int COUNT = 10_000;
    private static final int WARM_UP = 1_000;
    private static final String[] FIRST = {"Ələkbər", "Gülşən", "İlkin", "Şəbnəm", "Ömər", "Ülviyyə", "Çingiz",
            "Xədicə", "Ağa", "Nərmin", "Fidan", "Tofiq"};
    private static final String[] LAST = {"Əliyev", "Məmmədova", "Hüseynov", "Qasımova", "Şükürov", "Cəfərli",
            "Bağırov", "Ağayeva", "Nəbiyev", "Rzayeva", "Orucova"};

    private final CertificateRenderer renderer = new CertificateRenderer(new OcaqI18NProvider());

    @Test
    void certificates_are_rendered_quickly_and_small() throws Exception {
        double heapStart = heapUsedMb();
        long filesStart = openFiles();

        Random random = new Random(42);
        List<CertificateDocument> docs = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            docs.add(CertificateRendererTest.sample(FIRST[i % FIRST.length] + " " + LAST[i % LAST.length] + " " + i,
                    CertificateCode.generate(random)));
        }
        renderAll(docs.subList(0, WARM_UP), 2);

        long start = System.nanoTime();
        long bytes = renderAll(docs, 1);
        double oneThread = COUNT / ((System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        long bytesTwo = renderAll(docs, 2);
        double twoThreads = COUNT / ((System.nanoTime() - start) / 1e9);
        assertThat(bytesTwo).isEqualTo(bytes);

        double perFile = (double) bytes / COUNT;
        report("certificate_render_per_s_1thread", oneThread, "1/s");
        report("certificate_render_per_s_2threads", twoThreads, "1/s");
        report("certificate_bytes_per_file", perFile, "B");
        report("certificate_heap_used_start", heapStart, "MB");
        report("certificate_heap_used_end", heapUsedMb(), "MB");
        report("certificate_open_files_start", filesStart, "count");
        report("certificate_open_files_end", openFiles(), "count");
        assertThat(perFile).isLessThanOrEqualTo(60 * 1024);
    }

    /** Renders the documents on {@code threads} threads, each taking every n-th; the bytes written in all. */
    private long renderAll(List<CertificateDocument> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    CountingStream out = new CountingStream();
                    for (int i = first; i < docs.size(); i += threads) {
                        renderer.render(docs.get(i), out);
                    }
                    return out.count.get();
                }));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double heapUsedMb() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        Thread.sleep(200);
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    private static long openFiles() {
        String[] entries = new File("/proc/self/fd").list();
        return entries == null ? -1 : entries.length;
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }

    /** Counts what is written and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }
}
