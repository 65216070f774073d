package cn.gongji.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A service-hall or call-centre staff member who signs in with a user name (table {@code staff}). Public so that
 * the demo cast and, later, casework can create and name staff; the password hash and lockout stay package-private.
 */
@Entity
@Table(name = "staff")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 32)
    private String username;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StaffRole role;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String name, StaffRole role, String passwordHash) {
        this.username = username;
        this.name = name;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public StaffRole getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    /** No sign-in attempt is looked at before this moment (issue 11's progressive delay; the column's old name). */
    Instant getLockedUntil() {
        return lockedUntil;
    }

}
