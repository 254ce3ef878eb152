package org.ocaq.school;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small real images for the logo tests of this feature and of the pages that show logos. */
public final class SchoolLogoTestImages {

    private SchoolLogoTestImages() {
    }

    public static byte[] png() {
        return image("png");
    }

    /** A 16×16 picture in an ImageIO format ("png", "jpg"). */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x00A0E0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
