package org.ocaq;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ocaq.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class OcaqApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(OcaqApplication.class, args);
    }

    /** The hearth icon as the favicon; without it every browser asks for /favicon.ico and gets a 404. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/ocaq.svg", "any");
    }

    /** Every rule that depends on time reads this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
