package cn.gongji.portal.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An insured person as the registry reports them (enrolment), plus what the portal keeps: wallet, login. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "id_number", nullable = false, updatable = false, length = 18)
    private String idNumber;

    @Column(nullable = false)
    private String name;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "wallet_opened_at")
    private Instant walletOpenedAt;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Issue 11: the password was issued by the registry and must be changed at the next sign-in. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    public Person(IdNumber idNumber, String name, String phone, Scheme scheme, EnrolmentStatus status,
                  RegionCode region, Instant now) {
        this.idNumber = idNumber.value();
        this.name = name;
        this.phone = phone;
        this.scheme = scheme;
        this.status = status;
        this.regionCode = region.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The registry's new view of this enrolment. The caller handles what the change means (D22). */
    public void updateEnrolment(String name, String phone, Scheme scheme, EnrolmentStatus status, RegionCode region,
                                Instant now) {
        this.name = name;
        this.phone = phone;
        this.scheme = scheme;
        this.status = status;
        this.regionCode = region.value();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public IdNumber idNumber() {
        return new IdNumber(idNumber);
    }

    public String getName() {
        return name;
    }

    public String maskedName() {
        return Masking.name(name);
    }

    public String getPhone() {
        return phone;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public RegionCode region() {
        return new RegionCode(regionCode);
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }

    /** Can share (D5): employee-insured with active status. */
    public boolean isActiveEmployee() {
        return isActive() && scheme == Scheme.EMPLOYEE;
    }

    public boolean hasPersonalAccount() {
        return scheme == Scheme.EMPLOYEE;
    }

    public boolean isWalletOpen() {
        return walletOpenedAt != null;
    }

    public Instant getWalletOpenedAt() {
        return walletOpenedAt;
    }

    public void openWallet(Instant now) {
        this.walletOpenedAt = now;
        this.updatedAt = now;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A password the registry issued: the citizen must change it at his first sign-in (issue 11). */
    public void issuePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordMustChange = true;
    }

    /** The citizen's own new password. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordMustChange = false;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    /** No sign-in attempt is looked at before this moment (issue 11's progressive delay; the column's old name). */
    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
