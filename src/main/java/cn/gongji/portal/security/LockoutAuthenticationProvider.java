package cn.gongji.portal.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring's user-name-and-password check with lockout around it. Spring already answers an unknown user exactly like
 * a wrong password (and spends the same BCrypt time on it), and refuses a locked account before looking at the
 * password; this class adds only the counting: a wrong password counts a failure, a success resets the count.
 */
final class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts) {
        super(users);
        setPasswordEncoder(passwords);
        this.attempts = attempts;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user,
                                                  UsernamePasswordAuthenticationToken authentication) {
        try {
            super.additionalAuthenticationChecks(user, authentication);
        } catch (BadCredentialsException wrongPassword) {
            attempts.failed((PortalUser) user);
            throw wrongPassword;
        }
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        attempts.succeeded((PortalUser) user);
        return super.createSuccessAuthentication(principal, authentication, user);
    }
}
