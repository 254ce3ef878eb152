package org.ocaq.certificate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Sends one certificate's PDF to a signed-in person allowed to read it (its school's people and its family), always
 * as an attachment named after the holder and the code. Someone else's certificate and a guessed id get the same
 * empty 404, so an id tells nothing about whether it exists.
 */
@RestController
class CertificatePdfController {

    private final CertificateService certificates;

    CertificatePdfController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificate-pdf/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        CertificateService.CertificateFile file;
        try {
            file = certificates.file(id);
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
