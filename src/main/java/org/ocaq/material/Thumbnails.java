package org.ocaq.material;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

/**
 * Makes the small picture of an uploaded image that lists show, so that a page of materials does not load every
 * photo in full. The image is read subsampled (a large photo never sits in memory at full size) and only if its
 * declared size is sane: a small file claiming a gigantic canvas is not decoded. The result is a JPEG on white.
 */
@Component
class Thumbnails {

    static final int MAX_SIDE = 320;
    private static final long MAX_PIXELS = 60_000_000L;
    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

    private final MaterialStorage storage;

    Thumbnails(MaterialStorage storage) {
        this.storage = storage;
    }

    /** Stores a thumbnail of the stored image and returns its name; empty if the image cannot be read here. */
    Optional<String> make(String storedName) {
        try (InputStream in = storage.open(storedName); ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Optional<BufferedImage> image = readSmall(images);
            if (image.isEmpty()) {
                return Optional.empty();
            }
            byte[] jpeg = jpeg(fit(image.get()));
            return Optional.of(storage.store(new ByteArrayInputStream(jpeg), jpeg.length).name());
        } catch (IOException | RuntimeException e) {
            // WebP and damaged files have no thumbnail; the list then shows the image itself, scaled by the page.
            log.debug("No thumbnail for {}: {}", storedName, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> readSmall(ImageInputStream images) throws IOException {
        if (images == null) {
            return Optional.empty();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(images, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                return Optional.empty();
            }
            // Read every n-th pixel so that the decoded picture is about twice the thumbnail, never the full photo.
            int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIDE));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return Optional.of(reader.read(0, param));
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage fit(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
