package cn.gongji.portal.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.Roles;

/**
 * The frame around every signed-in view: the service name, a menu, the unread count (P3), the language switch and
 * sign-out.
 *
 * <p><b>Adding a menu entry.</b> The menu lists the views annotated with {@code @Menu} that the signed-in user may
 * open, so a feature view adds itself with two annotations and nothing here changes:
 * <pre>{@code
 * @Route("family")
 * @RolesAllowed(Roles.SHARER)
 * @Menu(title = "menu.family", order = 20, icon = "vaadin:family")
 * class FamilyView extends Main { ... }
 * }</pre>
 * The title is a message key (translated here); the role annotation is the same one the router enforces, so the
 * menu can never offer what the user would then be refused.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final Span unreadCount = new Span();
    private RouterLink notificationsLink;

    MainLayout(CurrentUser currentUser, NotificationService notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        setPrimarySection(Section.NAVBAR);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.menu")));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        RouterLink title = new RouterLink(getTranslation("app.title"), HomeView.class);
        title.addClassName("portal-title");
        title.setId("app-title");
        addToNavbar(toggle, title, tools());

        addToDrawer(menu());
        addAttachListener(attach -> PortalLocales.markPageLanguage(attach.getUI()));
    }

    private Component tools() {
        Div tools = new Div();
        tools.addClassName("portal-tools");
        PortalUser user = currentUser.get().orElse(null);
        if (user != null && user.hasRole(Roles.CITIZEN)) {
            notificationsLink = new RouterLink(NotificationsView.class);
            notificationsLink.setId("notifications-link");
            notificationsLink.addClassName("portal-notifications");
            unreadCount.setId("unread-count");
            unreadCount.addClassName("portal-badge");
            notificationsLink.add(new Icon("vaadin", "bell"), new Span(getTranslation("layout.notifications")),
                    unreadCount);
            tools.add(notificationsLink);
        }
        tools.add(languageSwitch());
        if (user != null) {
            Span name = new Span(user.getDisplayName());
            name.setId("user-name");
            name.addClassName("portal-user-name");
            Button signOut = new Button(getTranslation("layout.signOut"), click -> currentUser.signOut());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            tools.add(name, signOut);
        }
        return tools;
    }

    /** Offers the other language, named in that language so that its readers recognise it. */
    private Button languageSwitch() {
        Button languageSwitch = new Button(getTranslation("layout.language.other"),
                click -> PortalLocales.switchLanguage(click.getSource().getUI().orElseThrow()));
        languageSwitch.setId("language-switch");
        languageSwitch.getElement().setAttribute("lang",
                PortalLocales.other(getLocale()).toLanguageTag());
        languageSwitch.setAriaLabel(getTranslation("layout.language.switch"));
        languageSwitch.addThemeVariants(ButtonVariant.TERTIARY);
        return languageSwitch;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.setLabel(getTranslation("layout.menu"));
        // Vaadin lists only the entries whose view the current user may open (same check as the router).
        for (MenuEntry entry : MenuConfiguration.getMenuEntries(getLocale())) {
            nav.addItem(menuItem(entry));
        }
        return nav;
    }

    private SideNavItem menuItem(MenuEntry entry) {
        String label = getTranslation(entry.title());
        SideNavItem item = entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), icon(entry.icon()));
        String path = entry.path().replaceFirst("^/+", "");
        item.setId("menu-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
        return item;
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    /** P3: the unread count is fresh after every navigation, e.g. zero right after the notifications were read. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnreadCount();
    }

    /** For views that change what is unread. */
    public void refreshUnreadCount() {
        if (notificationsLink == null) {
            return;
        }
        long unread = currentUser.get().map(PortalUser::getPersonId)
                .map(notifications::unreadCount).orElse(0L);
        unreadCount.setText(Long.toString(unread));
        unreadCount.setVisible(unread > 0);
        notificationsLink.getElement().setAttribute("aria-label",
                getTranslation("layout.notifications.unread", unread));
    }
}
