package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails to open shows translated words and a way home, never the exception's text (issue 11). */
class ErrorViewTest extends KaribuTest {

    static final String SECRET = "jdbc:mysql://10.0.0.5:3306/gongji password=hunter2";

    /** A page that fails while opening, registered for this test's session only. */
    @AnonymousAllowed
    public static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("Connection refused: " + SECRET);
        }
    }

    @BeforeEach
    void registerFailingPage() {
        RouteConfiguration.forSessionScope().setRoute("failing-for-test", FailingView.class);
    }

    @Test
    void anUnexpectedErrorShowsTranslatedWordsAndNotTheException() {
        login(people.employee("110105", "100.00"));

        navigate("failing-for-test");

        assertThat(exists("error-page")).isTrue();
        assertThat(text("error-page")).contains("页面暂时打不开").contains("没有改动任何数据");
        assertThat(exists("error-page-home")).isTrue();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(SECRET)
                .doesNotContain("IllegalStateException").doesNotContain("Connection refused");
    }

    @Test
    void theErrorPageIsTranslated() {
        login(people.resident("310104"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("failing-for-test");

        assertThat(text("error-page")).contains("This page cannot be opened right now").doesNotContain(SECRET);
    }
}
