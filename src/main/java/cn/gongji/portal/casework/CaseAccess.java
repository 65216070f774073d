package cn.gongji.portal.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** D26: one opening of a person's case — who, whom, when, why. Append-only: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "case_access")
public class CaseAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @Column(nullable = false, updatable = false)
    private String agent;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected CaseAccess() {
    }

    CaseAccess(Instant accessedAt, String agent, long personId, String reason) {
        this.accessedAt = accessedAt;
        this.agent = agent;
        this.personId = personId;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public String getAgent() {
        return agent;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getReason() {
        return reason;
    }
}
