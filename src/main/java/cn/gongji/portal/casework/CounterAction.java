package cn.gongji.portal.casework;

import java.math.BigDecimal;
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

import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Channel;

/**
 * D7, D25: an action an agent took for a citizen, with the agent's reason. The ledger records the agent on every
 * entry too, but some entries carry their own reason instead (a dissolution's end reason), so the agent's stated
 * reason is kept here for every action. Written in the action's transaction; append-only.
 */
@Entity
@Immutable
@Table(name = "counter_action")
public class CounterAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Column(nullable = false, updatable = false)
    private String agent;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CounterActionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "relation_id", updatable = false)
    private Long relationId;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String reason;

    /** The second staff member who co-signed a grant above the limit (issue 11's maker–checker), or null. */
    @Column(updatable = false)
    private String checker;

    /** Issue 12: on an identity check, the checks the caller passed (comma-separated {@link PhoneCheck} names). */
    @Column(name = "identity_checks", updatable = false)
    private String identityChecks;

    /** Issue 12: on a telephone action, the passed identity check it relied on. */
    @Column(name = "identity_check_id", updatable = false)
    private Long identityCheckId;

    /** Issue 12: the verbal commitment recorded on the phone, or confirmed at the hall. */
    @Column(name = "verbal_commitment_id", updatable = false)
    private Long verbalCommitmentId;

    protected CounterAction() {
    }

    CounterAction(Instant actedAt, String agent, long personId, CounterActionKind kind, Channel channel,
                  Long relationId, Money amount, String reason, String checker) {
        this.actedAt = actedAt;
        this.agent = agent;
        this.personId = personId;
        this.kind = kind;
        this.channel = channel;
        this.relationId = relationId;
        this.amount = amount == null ? null : amount.amount();
        this.reason = reason;
        this.checker = checker;
    }

    /** Issue 12: an action through the call centre, or one that names a verbal commitment. */
    CounterAction(Instant actedAt, String agent, long personId, CounterActionKind kind, Channel channel,
                  Long relationId, Money amount, String reason, String identityChecks, Long identityCheckId,
                  Long verbalCommitmentId) {
        this(actedAt, agent, personId, kind, channel, relationId, amount, reason, null);
        this.identityChecks = identityChecks;
        this.identityCheckId = identityCheckId;
        this.verbalCommitmentId = verbalCommitmentId;
    }

    public String getIdentityChecks() {
        return identityChecks;
    }

    public Long getIdentityCheckId() {
        return identityCheckId;
    }

    public Long getVerbalCommitmentId() {
        return verbalCommitmentId;
    }

    public Long getId() {
        return id;
    }

    public String getChecker() {
        return checker;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getAgent() {
        return agent;
    }

    public Long getPersonId() {
        return personId;
    }

    public CounterActionKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getRelationId() {
        return relationId;
    }

    public Money getAmount() {
        return amount == null ? null : new Money(amount);
    }

    public String getReason() {
        return reason;
    }
}
