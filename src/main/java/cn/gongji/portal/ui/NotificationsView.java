package cn.gongji.portal.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.Pageable;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.Roles;

/**
 * P3: the person's latest notifications, newest first, each in plain words with the other person's masked name
 * (D2) and the amount; only what D24 allows is stored, so only that can be shown. Opening the page marks them read.
 */
@Route("notifications")
@RolesAllowed(Roles.CITIZEN)
@Menu(title = "menu.notifications", order = 90, icon = "vaadin:bell")
public class NotificationsView extends Main implements HasDynamicTitle {

    /** The page shows the latest ones; older ones stay in the history. */
    static final int LATEST = 50;

    private final FamilyService family;

    NotificationsView(CurrentUser currentUser, NotificationService notifications, FamilyService family) {
        this.family = family;
        addClassName("portal-view");
        long personId = currentUser.require().requirePersonId();
        add(new H1(getTranslation("notifications.title")));

        List<Notification> latest = notifications.latest(personId, Pageable.ofSize(LATEST));
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notifications.none"));
            none.setId("notifications-empty");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("notifications-list");
            list.addClassName("portal-notification-list");
            latest.forEach(n -> list.add(item(n)));
            add(list);
        }
        // Read once shown; the layout's count follows after this navigation.
        notifications.markAllRead(personId);
    }

    private ListItem item(Notification n) {
        ListItem item = new ListItem();
        item.addClassName("portal-notification");
        if (!n.isRead()) {
            // Marked by a word, not by colour alone.
            Span unread = new Span(getTranslation("notifications.new"));
            unread.addClassName("portal-badge");
            item.add(unread);
        }
        Span when = new Span(Formats.dateTime(n.getCreatedAt(), getLocale()));
        when.addClassName("portal-notification-time");
        item.add(when, new Paragraph(text(n)));
        return item;
    }

    private String text(Notification n) {
        return NotificationText.of(this::getTranslation, new NotificationText.Parts(n.getKind(),
                n.getOtherPersonId() == null ? null : family.maskedNameOf(n.getOtherPersonId()),
                n.getAmount() == null ? null : Formats.money(new Money(n.getAmount()), getLocale()),
                n.getUseKind(), n.getReason(), n.getAgent(), n.getChannel()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.title");
    }
}
