package org.ocaq.certificate;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every printed QR code reads back, even where ZXing's preferred mask makes one its own reader cannot find. */
class QrCodesTest {

    /** Found by trying random codes: with the preferred mask, ZXing's reader finds this one at no size. */
    static final String UNREADABLE_AS_PREFERRED = "https://ocaq.example/verify/PM6FTJBMETVJ7";

    @Test
    void a_code_the_preferred_mask_makes_unreadable_is_printed_with_another_mask_that_reads() {
        assertThat(QrCodes.readsBack(QrCodes.preferred(UNREADABLE_AS_PREFERRED), UNREADABLE_AS_PREFERRED)).isFalse();

        BitMatrix printed = QrCodes.readable(UNREADABLE_AS_PREFERRED);

        assertThat(QrCodes.readsBack(printed, UNREADABLE_AS_PREFERRED)).isTrue();
        assertThat(printed).isNotEqualTo(QrCodes.preferred(UNREADABLE_AS_PREFERRED));
    }

    @Test
    void a_readable_preferred_code_is_kept_as_it_is() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 50; i++) {
            String url = "https://ocaq.example/verify/" + CertificateCode.generate(random).compact();
            BitMatrix printed = QrCodes.readable(url);
            assertThat(QrCodes.readsBack(printed, url)).as(url).isTrue();
            if (QrCodes.readsBack(QrCodes.preferred(url), url)) {
                assertThat(printed).as(url).isEqualTo(QrCodes.preferred(url));
            }
        }
    }
}
