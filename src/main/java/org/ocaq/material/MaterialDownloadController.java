package org.ocaq.material;

import org.springframework.core.io.InputStreamResource;
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
 * Sends a material to a signed-in person allowed to read it. Documents always as attachments; only images and audio
 * inline (they are shown and played in the page); never sniffed by the browser into something else.
 */
@RestController
class MaterialDownloadController {

    private final MaterialService materials;

    MaterialDownloadController(MaterialService materials) {
        this.materials = materials;
    }

    @GetMapping("/materials/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        MaterialService.Download download;
        try {
            download = materials.download(id);
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        MaterialSummary material = download.material();
        ContentDisposition disposition = (material.inline() ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(material.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .contentLength(material.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(download.content()));
    }

    /** The small picture the server made of an image: always a JPEG, shown in lists. */
    @GetMapping("/materials/{id}/thumbnail")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable long id) {
        try {
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_JPEG)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                    .body(new InputStreamResource(materials.thumbnail(id)));
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }
}
