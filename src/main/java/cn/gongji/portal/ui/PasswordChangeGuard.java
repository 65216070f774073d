package cn.gongji.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PasswordService;
import cn.gongji.portal.security.PortalUser;

/**
 * A citizen who still has the password the registry issued goes to {@link ChangePasswordView} from every page until
 * he has chosen his own (issue 11). Staff and citizens with their own password pass; so does the sign-in page and
 * the error pages (which are not routes).
 */
final class PasswordChangeGuard implements BeforeEnterListener {

    private final CurrentUser currentUser;
    private final PasswordService passwords;

    PasswordChangeGuard(CurrentUser currentUser, PasswordService passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        PortalUser user = currentUser.get().orElse(null);
        if (user != null && user.isCitizen() && passwords.mustChange(user.requirePersonId())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
