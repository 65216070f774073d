package cn.gongji.portal.family;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.gongji.portal.shared.Channel;

/** A signed commitment letter (D7): who signed, when, which text, through which channel, which agent and why. */
@Entity
@Immutable
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "relation_id", nullable = false)
    private Long relationId;

    @Column(name = "signed_by", nullable = false)
    private Long signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "letter_version", nullable = false)
    private String letterVersion;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    private String agent;

    @Column(name = "agent_reason")
    private String agentReason;

    /** Issue 12: the verbal commitment made on the phone that this signature confirmed, or null. */
    @Column(name = "verbal_commitment_id")
    private Long verbalCommitmentId;

    protected Commitment() {
    }

    Commitment(long relationId, long signedBy, Instant signedAt, String letterVersion, String textHash,
               Channel channel, String agent, String agentReason, Long verbalCommitmentId) {
        this.relationId = relationId;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.letterVersion = letterVersion;
        this.textHash = textHash;
        this.channel = channel;
        this.agent = agent;
        this.agentReason = agentReason;
        this.verbalCommitmentId = verbalCommitmentId;
    }

    public Long getRelationId() {
        return relationId;
    }

    public Long getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getLetterVersion() {
        return letterVersion;
    }

    public String getTextHash() {
        return textHash;
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

    public Long getVerbalCommitmentId() {
        return verbalCommitmentId;
    }
}
