package org.ocaq.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ocaq.shared.ui.MainLayout;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Adds /dev/mailbox only where the dev mailbox is switched on (the run command's demo profile). */
@Component
@ConditionalOnProperty(name = "ocaq.dev-mailbox.enabled", havingValue = "true")
class DevMailboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext())).setRoute("dev/mailbox", DevMailboxView.class, MainLayout.class);
    }
}
