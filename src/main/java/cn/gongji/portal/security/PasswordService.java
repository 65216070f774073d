package cn.gongji.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * A citizen changes his own password (issue 11); a password the registry issued must be changed at the first sign-in
 * ({@link #mustChange}). The rules of a new password: 8 to 64 characters and at most 72 bytes in UTF-8 (BCrypt
 * reads no more), at least one letter and one digit, no control characters, not the ID number or containing it, and
 * not the current password.
 */
@Service
public class PasswordService {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private final People people;
    private final PasswordEncoder passwords;

    PasswordService(People people, PasswordEncoder passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    /** Whether this citizen still has the registry's initial password and must choose his own first. */
    @Transactional(readOnly = true)
    public boolean mustChange(long personId) {
        return people.find(personId).map(Person::isPasswordMustChange).orElse(false);
    }

    /**
     * Changes the password of a signed-in citizen, who proves it with his current one.
     *
     * @throws RefusedException PASSWORD_CURRENT_WRONG, PASSWORD_NOT_CONFIRMED, PASSWORD_TOO_WEAK, PASSWORD_UNCHANGED
     */
    @Transactional
    public void change(long personId, String current, String next, String confirmation) {
        // Managed in this transaction: the new password below is written when it commits.
        Person person = people.require(personId);
        if (current == null || person.getPasswordHash() == null
                || !passwords.matches(current, person.getPasswordHash())) {
            throw new RefusedException(Refusal.PASSWORD_CURRENT_WRONG);
        }
        if (next == null || !next.equals(confirmation)) {
            throw new RefusedException(Refusal.PASSWORD_NOT_CONFIRMED);
        }
        if (!acceptable(next, person.idNumber().value())) {
            throw new RefusedException(Refusal.PASSWORD_TOO_WEAK);
        }
        if (next.equals(current)) {
            throw new RefusedException(Refusal.PASSWORD_UNCHANGED);
        }
        person.changePassword(passwords.encode(next));
    }

    static boolean acceptable(String password, String idNumber) {
        return password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                && password.chars().noneMatch(Character::isISOControl)
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit)
                && !password.toUpperCase(Locale.ROOT).contains(idNumber.toUpperCase(Locale.ROOT));
    }
}
