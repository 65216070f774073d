package cn.gongji.portal.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import cn.gongji.portal.identity.RegionCode;

/**
 * A designated hospital or pharmacy as the registry reports it. Its API key is kept only as a SHA-256 hash: the
 * key itself is shown once, when the institution is created.
 */
@Entity
@Table(name = "institution")
public class Institution implements Persistable<String> {

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstitutionKind kind;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstitutionStatus status;

    @Column(name = "api_key_hash", nullable = false, length = 64)
    private String apiKeyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The code is assigned, not generated: tells Spring Data to insert (not merge) a new institution. */
    @Transient
    private boolean isNew = true;

    protected Institution() {
    }

    Institution(String code, String name, InstitutionKind kind, RegionCode region, InstitutionStatus status,
                String apiKeyHash, Instant now) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.regionCode = region.value();
        this.status = status;
        this.apiKeyHash = apiKeyHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String name, InstitutionKind kind, RegionCode region, InstitutionStatus status, Instant now) {
        this.name = name;
        this.kind = kind;
        this.regionCode = region.value();
        this.status = status;
        this.updatedAt = now;
    }

    void replaceKeyHash(String apiKeyHash, Instant now) {
        this.apiKeyHash = apiKeyHash;
        this.updatedAt = now;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public RegionCode region() {
        return new RegionCode(regionCode);
    }

    public InstitutionStatus getStatus() {
        return status;
    }

    /** D15: only an institution with an active agreement may settle bills or look up patients. */
    public boolean isDesignated() {
        return status.isDesignated();
    }

    String getApiKeyHash() {
        return apiKeyHash;
    }
}
