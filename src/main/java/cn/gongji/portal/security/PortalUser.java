package cn.gongji.portal.security;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.gongji.portal.identity.Person;

/**
 * Who is signed in to the browser portal: a citizen (a person, by ID number) or a staff member (by user name).
 * Views get it from {@link CurrentUser}; they ask it for the person's id, never for the person's data, which
 * they load fresh from services.
 *
 * <p>Roles are those of {@link Roles}, fixed at sign-in: every person is a {@code CITIZEN}; an active employee
 * is also a {@code SHARER} and every active insured person a {@code RECIPIENT} (D5), so one person is often
 * both. Staff are {@code AGENT}s, supervisors additionally {@code SUPERVISOR}s.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long personId;
    private final String staffUsername;
    private final String username;
    private final String displayName;
    private final Set<String> roles;
    private String passwordHash;

    private PortalUser(Long personId, String staffUsername, String username, String displayName, Set<String> roles,
                       String passwordHash) {
        this.personId = personId;
        this.staffUsername = staffUsername;
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    /** A person as a signed-in citizen, with the roles his enrolment gives him now (D5). */
    public static PortalUser citizen(Person person) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.CITIZEN);
        if (person.isActiveEmployee()) {
            roles.add(Roles.SHARER);
        }
        if (person.isActive()) {
            roles.add(Roles.RECIPIENT);
        }
        return new PortalUser(person.getId(), null, person.idNumber().value(), person.getName(), roles,
                person.getPasswordHash());
    }

    /** A signed-in staff member. */
    public static PortalUser staff(String username, String name, StaffRole role) {
        return new PortalUser(null, username, username, name, Set.copyOf(role.roles()), null);
    }

    static PortalUser staff(StaffAccount account) {
        return new PortalUser(null, account.getUsername(), account.getUsername(), account.getName(),
                Set.copyOf(account.getRole().roles()), account.getPasswordHash());
    }

    /** The person's database id, or {@code null} for staff. */
    public Long getPersonId() {
        return personId;
    }

    /** The staff user name, or {@code null} for a citizen. */
    public String getStaffUsername() {
        return staffUsername;
    }

    /** The name to greet the user with: a citizen's own full name (he is its owner, D2) or a staff member's. */
    public String getDisplayName() {
        return displayName;
    }

    public boolean isCitizen() {
        return personId != null;
    }

    public boolean isStaff() {
        return staffUsername != null;
    }

    /** Whether the user holds one of {@link Roles}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The person's id; for code that only citizens reach (views restricted to {@link Roles#CITIZEN}). */
    public long requirePersonId() {
        if (personId == null) {
            throw new IllegalStateException("Not a citizen: " + staffUsername);
        }
        return personId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(Roles.authority(role))).toList();
    }

    /** The roles without Spring's prefix, e.g. {@code [CITIZEN, SHARER]}. */
    public List<String> roles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** The 18-character ID number of a citizen (upper-case X) or the staff user name. */
    @Override
    public String getUsername() {
        return username;
    }

    /** Spring calls this after sign-in, so the hash does not live on in the HTTP session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    /** Never prints the ID number in full (D2) nor the hash: logs may be read by others. */
    @Override
    public String toString() {
        return isCitizen() ? "PortalUser[person " + personId + "]" : "PortalUser[staff " + staffUsername + "]";
    }
}
