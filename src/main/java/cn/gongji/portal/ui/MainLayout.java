package cn.gongji.portal.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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

import cn.gongji.portal.display.DisplayPreferenceService;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.Roles;

/**
 * The frame around every signed-in view: the service name, a menu, the unread count (P3), the language switch and
 * sign-out; a skip link to the page's content and the elderly-mode switch (issue 12).
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

    /** The class on the UI's root ({@code <body>}) that turns on elderly mode's styles (styles/a11y.css). */
    public static final String LARGE_TEXT_CLASS = "portal-large-text";

    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final DisplayPreferenceService display;
    private final Span unreadCount = new Span();
    private final Span unreadWords = new Span();
    private RouterLink notificationsLink;
    private Button largeText;

    MainLayout(CurrentUser currentUser, NotificationService notifications, DisplayPreferenceService display) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.display = display;
        setPrimarySection(Section.NAVBAR);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.menu")));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        RouterLink title = new RouterLink(getTranslation("app.title"), HomeView.class);
        title.addClassName("portal-title");
        title.setId("app-title");
        // The skip link comes first, so that a keyboard user passes the header and menu with one key (issue 12).
        addToNavbar(skipLink(), toggle, title, tools());

        addToDrawer(menu());
        // The page scrolls, not a box inside it: a scrolling box without anything focusable in it (a home page
        // without buttons) cannot be scrolled by keyboard (axe: scrollable-region-focusable, issue 12).
        getElement().setAttribute("no-scroll", true);
        addAttachListener(attach -> {
            PortalLocales.markPageLanguage(attach.getUI());
            AriaRepairs.install(attach.getUI());
            // Elderly mode follows the person to every sign-in and device: his stored choice, applied on arrival.
            currentUser.get().ifPresent(user -> applyLargeText(attach.getUI(), display.largeText(user)));
        });
    }

    /**
     * "Skip to main content" (WCAG 2.4.1): hidden until it has the focus, the first stop of every page. It moves the
     * focus into the page's content in the browser itself (the content is the layout's one unslotted child, which gets
     * {@code tabindex=-1} to take the focus), so the next Tab reaches the page's first action.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("a11y.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("portal-skip-link");
        // Not a route: Vaadin's router must leave this link to the script below.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const content = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (content) {
                    if (!content.hasAttribute('tabindex')) { content.setAttribute('tabindex', '-1'); }
                    content.classList.add('portal-skip-target');
                    content.focus();
                    content.scrollIntoView();
                  }
                });""");
        return skip;
    }

    /**
     * Elderly mode (适老化): large, high-contrast text. A toggle button whose state screen readers announce
     * ({@code aria-pressed}); the choice is stored with the account at once and applied at once.
     */
    private Button largeTextSwitch(PortalUser user) {
        largeText = new Button(getTranslation("a11y.largeText"), click -> {
            boolean on = !isLargeText(click.getSource().getUI().orElseThrow());
            display.setLargeText(user, on);
            applyLargeText(click.getSource().getUI().orElseThrow(), on);
        });
        largeText.setId("large-text");
        largeText.addClassName("portal-large-text-switch");
        largeText.setIcon(new Icon("vaadin", "font"));
        largeText.setTooltipText(getTranslation("a11y.largeText.hint"));
        largeText.addThemeVariants(ButtonVariant.TERTIARY);
        largeText.getElement().setAttribute("aria-pressed", "false");
        return largeText;
    }

    private static boolean isLargeText(UI ui) {
        return ui.getElement().getClassList().contains(LARGE_TEXT_CLASS);
    }

    private void applyLargeText(UI ui, boolean on) {
        ui.getElement().getClassList().set(LARGE_TEXT_CLASS, on);
        if (largeText != null) {
            largeText.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        }
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
            Icon bell = new Icon("vaadin", "bell");
            bell.getElement().setAttribute("aria-hidden", "true");
            // The link's name is its visible words plus the words a screen reader needs after the count ("3 unread");
            // no aria-label, which would not contain the visible text (label-content-name-mismatch, issue 12).
            unreadWords.addClassName("portal-visually-hidden");
            notificationsLink.add(bell, new Span(getTranslation("layout.notifications")), unreadCount, unreadWords);
            tools.add(notificationsLink);
        }
        tools.add(languageSwitch());
        if (user != null) {
            tools.add(largeTextSwitch(user));
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
        unreadWords.setText(getTranslation("a11y.notifications.unreadWords", unread));
        unreadWords.setVisible(unread > 0);
    }
}
