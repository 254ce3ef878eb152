package org.ocaq.school.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.ocaq.school.LogoImage;
import org.ocaq.school.SchoolService;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A school's logo, served through a download handler of the page that shows it: no URL of its own to secure, and
 * the bytes go out with the type detected when they were uploaded (never SVG), under the site's CSP ({@code img-src
 * 'self'}). Shown on the public school page and in the network office's editor
 * (docs/decisions/0007-school-logos-in-the-database.md).
 */
public class SchoolLogoImage extends Image {

    private final transient SchoolService schools;
    private final long schoolId;

    public SchoolLogoImage(SchoolService schools, long schoolId, String schoolName) {
        this.schools = schools;
        this.schoolId = schoolId;
        addClassName("ocaq-school-logo");
        setAlt(getTranslation("school.logo.alt", schoolName));
        setMaxHeight("96px");
        setMaxWidth("240px");
        refresh();
    }

    /** Points the image at a new address, so that a changed logo is fetched again rather than taken from a cache. */
    public void refresh() {
        setSrc(DownloadHandler.fromInputStream(event -> {
            Optional<LogoImage> logo = schools.logo(schoolId);
            if (logo.isEmpty()) {
                return DownloadResponse.error(404);
            }
            byte[] bytes = logo.get().bytes();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "logo-" + schoolId + "-"
                    + logo.get().version(), logo.get().contentType(), bytes.length);
        }).inline());
    }
}
