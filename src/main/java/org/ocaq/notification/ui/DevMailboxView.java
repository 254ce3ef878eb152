package org.ocaq.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.notification.OutboxService;
import org.ocaq.shared.Role;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The run command's mailbox: every message the outbox holds, so a developer can follow a confirmation or reset link
 * without a mail server. Registered as a route only when ocaq.dev-mailbox.enabled is true (never in production).
 */
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "notification.mailbox.menu", order = 90, icon = "vaadin:envelope")
public class DevMailboxView extends Main implements HasDynamicTitle {

    public DevMailboxView(OutboxService outbox) {
        addClassName("ocaq-page");
        add(new Paragraph(getTranslation("notification.mailbox.intro")));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("mailbox-grid");
        grid.addColumn(e -> times.format(e.createdAt())).setHeader(getTranslation("notification.mailbox.created"));
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("notification.mailbox.recipient"));
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("notification.mailbox.subject")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("notification.status." + e.status().name()))
                .setHeader(getTranslation("notification.mailbox.status"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> new Pre(e.body())));
        grid.setItems(outbox.newest(200));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.mailbox.title");
    }
}
