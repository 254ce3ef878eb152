package org.ocaq.classes.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.CalendarFeedService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@ViewPackages(classes = {CalendarFeedsView.class, MainLayout.class})
class CalendarFeedsViewTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired CalendarFeedService feeds;
    @Value("${ocaq.base-url}") String baseUrl;

    @Test
    void a_teacher_sees_their_feed_address_and_resetting_it_retires_the_old_one() {
        TestData.World w = testData.world();
        signIn(w.teacher());
        navigate(CalendarFeedsView.class);

        String urlId = "feed-teacher-" + w.teacherId() + "-url";
        TextField url = $(TextField.class).id(urlId);
        String oldUrl = url.getValue();
        assertThat(url.isReadOnly()).isTrue();
        assertThat(oldUrl).startsWith(baseUrl.replaceAll("/$", "") + "/calendar/").endsWith(".ics");
        String oldToken = token(oldUrl);
        assertThat(feeds.render(oldToken)).isPresent();
        // A parent's or a coordinator's feeds are not the teacher's.
        assertThat(present("feed-family-" + w.familyId() + "-url")).isFalse();
        assertThat(present("feed-class-" + w.classId() + "-url")).isFalse();

        // Cancelling the confirmation keeps the address.
        test($(Button.class).id("feed-teacher-" + w.teacherId() + "-reset")).click();
        test($(ConfirmDialog.class).id("feed-reset-confirm")).cancel();
        assertThat(url.getValue()).isEqualTo(oldUrl);
        assertThat(feeds.render(oldToken)).isPresent();

        test($(Button.class).id("feed-teacher-" + w.teacherId() + "-reset")).click();
        test($(ConfirmDialog.class).last()).confirm();
        String newUrl = url.getValue();
        assertThat(newUrl).endsWith(".ics").isNotEqualTo(oldUrl);
        assertThat(feeds.render(oldToken)).isEmpty();
        assertThat(feeds.render(token(newUrl))).isPresent()
                .hasValueSatisfying(ics -> assertThat(ics).startsWith("BEGIN:VCALENDAR"));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
