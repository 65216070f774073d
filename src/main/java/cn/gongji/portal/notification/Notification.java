package cn.gongji.portal.notification;

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

import cn.gongji.portal.shared.Channel;

/**
 * One notification. It has no field for care detail, institution or diagnosis: by construction a notification
 * can carry only what D24 allows (date, amount, which relative, kind of use).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "other_person_id", updatable = false)
    private Long otherPersonId;

    @Column(name = "relation_id", updatable = false)
    private Long relationId;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(name = "use_kind", updatable = false)
    private String useKind;

    @Column(updatable = false)
    private String reason;

    /** For a counter action (P3): the agent who acted and the channel; otherwise null. */
    @Column(updatable = false)
    private String agent;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Channel channel;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long personId, Instant createdAt, NotificationKind kind, Long otherPersonId, Long relationId,
                 BigDecimal amount, String useKind, String reason) {
        this.personId = personId;
        this.createdAt = createdAt;
        this.kind = kind;
        this.otherPersonId = otherPersonId;
        this.relationId = relationId;
        this.amount = amount;
        this.useKind = useKind;
        this.reason = reason;
    }

    Notification(long personId, Instant createdAt, Long otherPersonId, Long relationId, BigDecimal amount,
                 String counterAction, String agent, Channel channel) {
        this(personId, createdAt, NotificationKind.COUNTER_ACTION, otherPersonId, relationId, amount, null,
                counterAction);
        this.agent = agent;
        this.channel = channel;
    }

    public String getAgent() {
        return agent;
    }

    public Channel getChannel() {
        return channel;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getOtherPersonId() {
        return otherPersonId;
    }

    public Long getRelationId() {
        return relationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getUseKind() {
        return useKind;
    }

    public String getReason() {
        return reason;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
