package cn.gongji.portal.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring's user-name-and-password check with the progressive delay of {@link LoginAttempts} around it (issue 11).
 *
 * <p>Every refusal is the same {@link BadCredentialsException} with the same message: an unknown user, a person
 * without a portal account, a wrong password, and an account or address that must still wait. Spring already spends
 * the same BCrypt time on an unknown user as on a known one; an account that must wait has its password checked too
 * (and the answer thrown away), so that not even the time tells that it exists. Nobody is locked out: an attempt
 * during the delay is refused without counting, and the delay is short (at most {@code portal.login.max-delay}).
 *
 * <p>Staff sign-ins and refused sign-ins of staff accounts are audited ({@link StaffSessionAudit}).
 */
final class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;
    private final StaffSessionAudit audit;

    LockoutAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts,
                                  StaffSessionAudit audit) {
        super(users);
        setPasswordEncoder(passwords);
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = sourceAddress(authentication);
        if (attempts.addressMustWait(address)) {
            throw refused();
        }
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException failure) {
            attempts.addressFailed(address);
            throw failure;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails details,
                                                  UsernamePasswordAuthenticationToken authentication) {
        PortalUser user = (PortalUser) details;
        boolean wrongPassword = false;
        try {
            super.additionalAuthenticationChecks(details, authentication);
        } catch (BadCredentialsException wrong) {
            wrongPassword = true;
        }
        boolean mustWait = attempts.mustWait(user);
        if (!mustWait && wrongPassword) {
            attempts.failed(user);
        }
        if (mustWait || wrongPassword) {
            if (user.isStaff()) {
                audit.record(user.getStaffUsername(), StaffSessionAudit.Event.SIGN_IN_REFUSED,
                        sourceAddress(authentication));
            }
            throw refused();
        }
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails details) {
        PortalUser user = (PortalUser) details;
        attempts.succeeded(user);
        if (user.isStaff()) {
            audit.record(user.getStaffUsername(), StaffSessionAudit.Event.SIGN_IN, sourceAddress(authentication));
        }
        return super.createSuccessAuthentication(principal, authentication, details);
    }

    /** The one answer to every failed attempt, worded as Spring words a wrong password. */
    private BadCredentialsException refused() {
        return new BadCredentialsException(this.messages.getMessage(
                "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }

    /** The client's address as the form login recorded it; {@code null} when signed in otherwise (tests). */
    private static String sourceAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
