package cn.gongji.portal.family;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.gongji.portal.shared.Channel;

/**
 * D7, issue 12: what a sharer declared on the phone to a call-centre agent — this relative, this kinship — kept as a
 * pending proposal. It is not a relation: nobody can spend anything through it, and it becomes one only when the
 * sharer himself confirms it and signs the letter, online or at a service hall. It can be declined, and it expires.
 * Who recorded it (agent, reason, the identity check relied on) never changes; only its outcome is added once.
 */
@Entity
@Table(name = "verbal_commitment")
public class VerbalCommitment extends Pairing {

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String agent;

    @Column(name = "agent_reason", nullable = false, updatable = false)
    private String agentReason;

    /** The passed identity check (a counter action of the call centre) the agent relied on. */
    @Column(name = "identity_check_id", nullable = false, updatable = false)
    private Long identityCheckId;

    /** The letter the agent read out on the phone; the one signed at confirmation is recorded with the signature. */
    @Column(name = "letter_version", nullable = false, updatable = false)
    private String letterVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerbalCommitmentStatus status;

    /** sharer:recipient while pending, else null: a unique key keeps one pending proposal per pair. */
    @Column(name = "pending_pair")
    private String pendingPair;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolved_channel")
    private Channel resolvedChannel;

    @Column(name = "resolved_agent")
    private String resolvedAgent;

    /** The relation its confirmation created. */
    @Column(name = "relation_id")
    private Long relationId;

    protected VerbalCommitment() {
    }

    VerbalCommitment(long sharerId, long recipientId, Kinship kinship, Instant recordedAt, Instant expiresAt,
                     String agent, String agentReason, long identityCheckId, String letterVersion) {
        super(sharerId, recipientId, kinship);
        this.recordedAt = recordedAt;
        this.expiresAt = expiresAt;
        this.channel = Channel.CALL_CENTRE;
        this.agent = agent;
        this.agentReason = agentReason;
        this.identityCheckId = identityCheckId;
        this.letterVersion = letterVersion;
        this.status = VerbalCommitmentStatus.PENDING;
        this.pendingPair = pairKey();
    }

    void resolve(VerbalCommitmentStatus outcome, Instant at, Channel by, String byAgent, Long relation) {
        status = outcome;
        resolvedAt = at;
        resolvedChannel = by;
        resolvedAgent = byAgent;
        relationId = relation;
        pendingPair = null;
    }

    /** Whether it can still be confirmed at this moment: pending and not past its period. */
    public boolean isPendingAt(Instant now) {
        return status == VerbalCommitmentStatus.PENDING && now.isBefore(expiresAt);
    }

    /** The status as the people see it at this moment: a pending one past its period is expired already. */
    public VerbalCommitmentStatus statusAt(Instant now) {
        return status == VerbalCommitmentStatus.PENDING && !now.isBefore(expiresAt)
                ? VerbalCommitmentStatus.EXPIRED : status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAgent() {
        return agent;
    }

    public String getAgentReason() {
        return agentReason;
    }

    public Long getIdentityCheckId() {
        return identityCheckId;
    }

    public String getLetterVersion() {
        return letterVersion;
    }

    public VerbalCommitmentStatus getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Channel getResolvedChannel() {
        return resolvedChannel;
    }

    public String getResolvedAgent() {
        return resolvedAgent;
    }

    public Long getRelationId() {
        return relationId;
    }
}
