package org.ocaq.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ocaq.classes.CalendarFeedAddress;
import org.ocaq.classes.CalendarFeedService;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;

/**
 * The signed-in person's calendar feeds (their teacher feed, their families' feeds, the classes of the schools they
 * coordinate), each with its secret address to copy into a calendar app and a button that gives it a new address.
 */
@Route("calendar-feeds")
@PermitAll
@Menu(title = "classes.feeds.menu", order = 25, icon = "vaadin:calendar-envelope")
public class CalendarFeedsView extends Main implements HasDynamicTitle {

    private final transient CalendarFeedService feeds;
    private final String baseUrl;

    public CalendarFeedsView(CalendarFeedService feeds, @Value("${ocaq.base-url}") String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        addClassName("ocaq-page");
        setId("calendar-feeds");
        add(new H2(getTranslation("classes.feeds.title")), new Paragraph(getTranslation("classes.feeds.intro")));
        List<CalendarFeedAddress> mine = feeds.myFeeds();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("classes.feeds.none"));
            none.setId("feeds-none");
            add(none);
        }
        for (CalendarFeedAddress feed : mine) {
            add(row(feed));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.feeds.title");
    }

    private Div row(CalendarFeedAddress feed) {
        String id = "feed-" + feed.kind().name().toLowerCase() + "-" + feed.ownerId();
        TextField url = new TextField(switch (feed.kind()) {
            case TEACHER -> getTranslation("classes.feeds.teacher");
            case FAMILY -> getTranslation("classes.feeds.family");
            case CLASS -> getTranslation("classes.feeds.class", feed.name());
        });
        url.setId(id + "-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setValue(address(feed.token()));
        url.addFocusListener(focus -> url.getElement().executeJs("this.inputElement.select()"));

        Button reset = new Button(getTranslation("classes.feeds.reset"));
        reset.setId(id + "-reset");
        reset.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("feed-reset-confirm");
            confirm.setHeader(getTranslation("classes.feeds.reset-title"));
            confirm.setText(getTranslation("classes.feeds.reset-text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("classes.feeds.reset-cancel"));
            confirm.setConfirmText(getTranslation("classes.feeds.reset-confirm"));
            confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                    + ButtonVariant.LUMO_PRIMARY.getVariantName());
            confirm.addConfirmListener(confirmed -> {
                url.setValue(address(feeds.resetFeed(feed.kind(), feed.ownerId())));
                Notification.show(getTranslation("classes.feeds.reset-done"));
            });
            confirm.open();
        });

        Div row = new Div(url, reset);
        row.addClassName("ocaq-form");
        return row;
    }

    private String address(String token) {
        return baseUrl + "/calendar/" + token + ".ics";
    }
}
