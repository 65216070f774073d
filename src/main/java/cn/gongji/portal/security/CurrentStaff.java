package cn.gongji.portal.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member on whose authority a service acts (D7, D26). Services read it from the security context
 * themselves rather than taking a user name from the caller, so the agent recorded is always the one signed in.
 */
public final class CurrentStaff {

    /** For {@code @PreAuthorize}: the role of agents (supervisors hold it too). */
    public static final String AGENT = "hasRole('" + Roles.AGENT + "')";
    /** For {@code @PreAuthorize}: the role of supervisors. */
    public static final String SUPERVISOR = "hasRole('" + Roles.SUPERVISOR + "')";

    private CurrentStaff() {
    }

    /** The signed-in staff member's user name; refuses anyone else. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user && user.isStaff()) {
            return user.getStaffUsername();
        }
        throw new AccessDeniedException("Only a signed-in staff member can do this");
    }
}
