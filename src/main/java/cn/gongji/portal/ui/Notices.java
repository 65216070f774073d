package cn.gongji.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gongji.portal.shared.Refusal;

/**
 * The portal's two kinds of pop-up message: a refusal's reason (P4) and an unexpected failure. Views call
 * {@link #refused} for a refusal that belongs to no single field; the session's error handler uses the same
 * methods, so a message looks and reads the same wherever it comes from.
 */
public final class Notices {

    /** Long enough for an elderly user to read a sentence twice. */
    static final int SHOW_MILLIS = 10_000;

    private Notices() {
    }

    /** Shows the translated reason of a refusal. */
    public static void refused(Refusal refusal) {
        error(refusal.messageKey());
    }

    /** Shows the translated message under {@code messageKey} as an error, read out at once by screen readers. */
    public static void error(String messageKey) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation(messageKey), SHOW_MILLIS,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setAssertive(true);
        notification.open();
    }
}
