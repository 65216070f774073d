package cn.gongji.portal.security;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11's maker–checker at the counter: a second staff member confirms an action with his own user name and
 * password on the agent's screen (双人复核). The checker must be another staff member than the one signed in; both
 * are recorded with the action.
 */
@Component
public class StaffCoSign {

    private static final Logger log = LoggerFactory.getLogger(StaffCoSign.class);

    private final StaffAccountRepository staff;
    private final PasswordEncoder passwords;

    StaffCoSign(StaffAccountRepository staff, PasswordEncoder passwords) {
        this.staff = staff;
        this.passwords = passwords;
    }

    /**
     * The checker's user name if {@code username} and {@code password} are another staff member's than the signed-in
     * one's; empty otherwise (whichever part was wrong, so that the screen is no oracle of user names).
     */
    @Transactional(readOnly = true)
    public Optional<String> checker(String username, String password) {
        String maker = CurrentStaff.username();
        if (username == null || password == null || username.isBlank() || username.strip().equals(maker)) {
            return Optional.empty();
        }
        Optional<String> checker = staff.findByUsername(username.strip())
                .filter(account -> passwords.matches(password, account.getPasswordHash()))
                .map(StaffAccount::getUsername);
        if (checker.isEmpty()) {
            log.warn("A co-signature for {} was refused", maker);
        }
        return checker;
    }
}
