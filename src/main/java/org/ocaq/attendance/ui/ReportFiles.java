package org.ocaq.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Report files as links and the chart as an image, all through download handlers of the view: no URL of their own to
 * secure, and each is made when asked for by a fresh call to the report service, which checks access again.
 */
final class ReportFiles {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String PDF = "application/pdf";
    static final String SVG = "image/svg+xml";

    private ReportFiles() {
    }

    /** Links side by side that wrap onto more lines on a narrow phone. */
    static com.vaadin.flow.component.html.Div links(Anchor... anchors) {
        com.vaadin.flow.component.html.Div links = new com.vaadin.flow.component.html.Div(anchors);
        links.addClassName("ocaq-downloads");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1.5em")
                .set("margin", "0.75em 0");
        return links;
    }

    static Anchor download(String id, String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(handler(fileName, type, content), text);
        link.setId(id);
        link.addClassName("ocaq-download");
        return link;
    }

    /** The chart as an image; the SVG is drawn on the server (no client code). */
    static Image chart(String id, String alt, String fileName, Supplier<String> svg) {
        Image image = new Image(handler(fileName, SVG, () -> svg.get().getBytes(StandardCharsets.UTF_8)).inline(),
                alt);
        image.setId(id);
        image.setWidthFull();
        image.setMaxWidth("720px");
        return image;
    }

    static Supplier<byte[]> svgBytes(Supplier<String> svg) {
        return () -> svg.get().getBytes(StandardCharsets.UTF_8);
    }

    private static com.vaadin.flow.server.streams.InputStreamDownloadHandler handler(String fileName, String type,
                                                                                    Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        });
    }
}
