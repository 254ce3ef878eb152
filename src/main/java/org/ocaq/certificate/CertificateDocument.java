package org.ocaq.certificate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What one certificate shows, ready to print: Azerbaijani first, then the same in the {@code second} language
 * (English or Russian; with Azerbaijani the certificate is in Azerbaijani only).
 *
 * @param kind         what the certificate attests
 * @param second       the second language
 * @param schoolName   the issuing school
 * @param logoPng      the school's logo as PNG or JPEG bytes, or null
 * @param holderName   the holder's name as the school writes it
 * @param passportName the name as spelt in the holder's passport, or null; printed only when it differs
 * @param subject      the course, class or programme
 * @param from         first day of the course, term or programme
 * @param to           last day
 * @param hours        teaching hours, or null
 * @param signerName   who signs
 * @param signerTitle  the signer's position
 * @param issuedOn     the day of issue
 * @param code         the certificate's code, printed under the QR code
 * @param verifyUrl    the full address the QR code holds, ending with the compact code
 */
public record CertificateDocument(
        CertificateKind kind,
        Locale second,
        String schoolName,
        byte[] logoPng,
        String holderName,
        String passportName,
        String subject,
        LocalDate from,
        LocalDate to,
        Integer hours,
        String signerName,
        String signerTitle,
        LocalDate issuedOn,
        CertificateCode code,
        String verifyUrl) {

    public CertificateDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
    }

    /** Whether the passport spelling is printed: given, and not the holder's name again. */
    public boolean showsPassportName() {
        return passportName != null && !passportName.isBlank() && !passportName.strip().equals(holderName.strip());
    }
}
