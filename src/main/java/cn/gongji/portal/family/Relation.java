package cn.gongji.portal.family;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A sharer–recipient relation. At most one open (pending or live) per pair, enforced by a unique key (D6). */
@Entity
@Table(name = "relation")
public class Relation extends Pairing {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SharingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false, updatable = false)
    private Initiator initiatedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "open_pair")
    private String openPair;

    /** P1: the recipient's own order of use among his sharers (1 first); null = D17's default order. */
    @Column(name = "recipient_order")
    private Integer recipientOrder;

    protected Relation() {
    }

    Relation(long sharerId, long recipientId, Kinship kinship, SharingMode mode, Initiator initiatedBy, Instant now) {
        super(sharerId, recipientId, kinship);
        this.mode = mode;
        this.initiatedBy = initiatedBy;
        this.requestedAt = now;
        this.openPair = pairKey();
        if (initiatedBy == Initiator.SHARER) {
            this.status = RelationStatus.LIVE;
            this.confirmedAt = now;
        } else {
            this.status = RelationStatus.PENDING;
        }
    }

    void confirm(Instant now) {
        status = RelationStatus.LIVE;
        confirmedAt = now;
    }

    void end(RelationStatus finalStatus, EndReason reason, Instant now) {
        status = finalStatus;
        endReason = reason;
        endedAt = now;
        openPair = null;
    }

    void setRecipientOrder(Integer order) {
        this.recipientOrder = order;
    }

    public Integer getRecipientOrder() {
        return recipientOrder;
    }

    public SharingMode getMode() {
        return mode;
    }

    public RelationStatus getStatus() {
        return status;
    }

    public boolean isLive() {
        return status == RelationStatus.LIVE;
    }

    public Initiator getInitiatedBy() {
        return initiatedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
