package cn.gongji.portal.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;

/**
 * Finds who is signing in. A user name that is a valid ID number (D1; a lower-case x is accepted) names a citizen,
 * anything else a staff member. A person without a password has no portal account yet and cannot sign in.
 *
 * <p>Deliberately not a Spring bean: only {@link LockoutAuthenticationProvider} may use it, so that no other
 * authentication path can check passwords without counting failures.
 */
final class PortalUserDetailsService implements UserDetailsService {

    private final People people;
    private final StaffAccountRepository staff;
    PortalUserDetailsService(People people, StaffAccountRepository staff) {
        this.people = people;
        this.staff = staff;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip();
        String idNumber = name.toUpperCase(Locale.ROOT);
        if (IdNumber.isValid(idNumber)) {
            return people.find(new IdNumber(idNumber))
                    .filter(person -> person.getPasswordHash() != null)
                    .map(PortalUser::citizen)
                    // The message never reaches the user: Spring turns it into the same "bad credentials" as a
                    // wrong password, so nobody learns whether an ID number has an account.
                    .orElseThrow(() -> new UsernameNotFoundException("No citizen account"));
        }
        return staff.findByUsername(name)
                .map(PortalUser::staff)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account"));
    }
}
