package org.ocaq.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The QR code of a verification address, checked to be readable before it is printed. ZXing's reader (inside many
 * phone scanners) cannot find or read about one code in 150 that its own writer makes with the mask it prefers, at
 * one size or another (measured over 3,000 random codes). So each code is read back at three sizes, and if any fails,
 * the other seven masks are tried in turn until one reads at all three; in the measurement one always did.
 */
final class QrCodes {

    /** Pixels per module the code is read back at: small, medium and large in a camera's view. */
    private static final int[] SCALES = {3, 5, 7};
    private static final int QUIET = 4;

    private QrCodes() {
    }

    /** The code's modules (no margin); the caller draws the quiet zone. */
    static BitMatrix readable(String text) {
        BitMatrix preferred = preferred(text);
        if (readsBack(preferred, text)) {
            return preferred;
        }
        for (int mask = 0; mask < 8; mask++) {
            BitMatrix other = encode(text, mask);
            if (readsBack(other, text)) {
                return other;
            }
        }
        // Never seen; the preferred code still reads at most sizes.
        return preferred;
    }

    /** The code with the mask ZXing's writer prefers (the least penalty by the QR rules), unchecked. */
    static BitMatrix preferred(String text) {
        return encode(text, null);
    }

    static boolean readsBack(BitMatrix matrix, String text) {
        for (int scale : SCALES) {
            if (!readsBack(matrix, text, scale)) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsBack(BitMatrix matrix, String text, int scale) {
        int modules = matrix.getWidth();
        int size = (modules + 2 * QUIET) * scale;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        int row = ((y + QUIET) * scale + dy) * size + (x + QUIET) * scale;
                        Arrays.fill(pixels, row, row + scale, 0xFF000000);
                    }
                }
            }
        }
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
            return text.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification address does not fit a QR code", e);
        }
    }
}
