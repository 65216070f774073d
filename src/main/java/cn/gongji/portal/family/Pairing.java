package cn.gongji.portal.family;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Two people and how they are related (D5): the sharer, the recipient and the kinship, fixed once written. What a
 * {@link Relation} and a {@link VerbalCommitment} (its proposal made on the phone) have in common, with the key that
 * lets the database keep one open row per pair (D6).
 */
@MappedSuperclass
public abstract class Pairing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sharer_id", nullable = false, updatable = false)
    private Long sharerId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kinship kinship;

    protected Pairing() {
    }

    Pairing(long sharerId, long recipientId, Kinship kinship) {
        this.sharerId = sharerId;
        this.recipientId = recipientId;
        this.kinship = kinship;
    }

    /** The pair's key in a unique column that holds it only while the row is open (D6): {@code sharer:recipient}. */
    static String pairKey(long sharerId, long recipientId) {
        return sharerId + ":" + recipientId;
    }

    String pairKey() {
        return pairKey(sharerId, recipientId);
    }

    public boolean hasParty(long personId) {
        return sharerId == personId || recipientId == personId;
    }

    public long otherParty(long personId) {
        return sharerId == personId ? recipientId : sharerId;
    }

    public Long getId() {
        return id;
    }

    public Long getSharerId() {
        return sharerId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Kinship getKinship() {
        return kinship;
    }
}
