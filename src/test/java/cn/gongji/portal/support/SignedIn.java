package cn.gongji.portal.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;

/** Puts a user into the security context for service tests of methods that check roles; clear it after each test. */
public final class SignedIn {

    private SignedIn() {
    }

    public static PortalUser as(PortalUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static PortalUser staff(String username, StaffRole role) {
        return as(PortalUser.staff(username, "测试" + username, role));
    }

    public static PortalUser citizen(Person person) {
        return as(PortalUser.citizen(person));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
