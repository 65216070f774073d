package cn.gongji.portal.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A supervisor's resolution of a flag, with his note (D27). At most one per flag (unique key); never changed. */
@Entity
@Immutable
@Table(name = "flag_resolution")
public class FlagResolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_id", nullable = false)
    private Long flagId;

    @Column(name = "resolved_at", nullable = false)
    private Instant resolvedAt;

    @Column(name = "resolved_by", nullable = false)
    private String resolvedBy;

    @Column(nullable = false)
    private String note;

    protected FlagResolution() {
    }

    FlagResolution(long flagId, Instant resolvedAt, String resolvedBy, String note) {
        this.flagId = flagId;
        this.resolvedAt = resolvedAt;
        this.resolvedBy = resolvedBy;
        this.note = note;
    }

    public Long getFlagId() {
        return flagId;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getNote() {
        return note;
    }
}
