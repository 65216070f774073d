package cn.gongji.portal.casework.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Confirmations after a counter action: long enough to read twice, in the middle where an elderly eye looks. */
final class PortalMessages {

    private static final int SHOW_MILLIS = 8000;

    private PortalMessages() {
    }

    static void success(String text) {
        Notification done = new Notification(text, SHOW_MILLIS, Notification.Position.MIDDLE);
        done.setId("counter-done");
        done.addThemeVariants(NotificationVariant.SUCCESS);
        done.open();
    }
}
