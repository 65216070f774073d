package cn.gongji.portal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gongji.portal.shared.Refusal;

/**
 * The portal's two kinds of pop-up message: a refusal's reason (P4) and an unexpected failure. Views call
 * {@link #refused} for a refusal that belongs to no single field; the session's error handler uses the same
 * methods, so a message looks and reads the same wherever it comes from.
 *
 * <p>A refusal never comes alone (issue 12): under its reason stands a short, plain "what you can do" — ask the
 * employer, open the wallet on the home page first — so that nobody, least of all an elderly reader, is left with a
 * "no" and no way on. {@link #explained} gives the same two parts for a field's error message.
 */
public final class Notices {

    /** Long enough for an elderly user to read a sentence twice. */
    static final int SHOW_MILLIS = 10_000;
    /** The reason and the help stand on lines of their own (styles/a11y.css keeps the line break). */
    static final String LINE_BREAK = "\n";

    private Notices() {
    }

    /** Shows the translated reason of a refusal, with what the person can do about it. */
    public static void refused(Refusal refusal) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        show(ui, explained(ui, refusal));
    }

    /**
     * P4: a refusal beside the field it is about — when it is one of {@code about} — and always as a notice, so that
     * it is seen even when the field is out of view.
     */
    public static void refusedAt(Refusal refusal, HasValidation field, Refusal... about) {
        if (List.of(about).contains(refusal)) {
            field.setErrorMessage(UI.getCurrent() == null ? refusal.name()
                    : UI.getCurrent().getTranslation(refusal.messageKey()));
            field.setInvalid(true);
        }
        refused(refusal);
    }

    /**
     * The refusal's reason, then on its own line "What you can do: …", translated for the component's locale: for
     * an error message shown next to a field.
     */
    public static String explained(Component in, Refusal refusal) {
        return in.getTranslation(refusal.messageKey()) + LINE_BREAK
                + in.getTranslation("refusal.helpLine", in.getTranslation(refusal.helpKey()));
    }

    /** Shows the translated message under {@code messageKey} as an error, read out at once by screen readers. */
    public static void error(String messageKey) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        show(ui, ui.getTranslation(messageKey));
    }

    private static void show(UI ui, String text) {
        Notification notification = new Notification(text, SHOW_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.addClassName("portal-notice");
        notification.setAssertive(true);
        notification.open();
    }
}
