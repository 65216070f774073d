package cn.gongji.portal.family;

/**
 * Published inside the transaction that makes a relation live (bound by the sharer, or a request confirmed), so that
 * supervision can look at it once it is committed (D27) — without the family package knowing who listens.
 */
public record RelationStarted(long relationId, long sharerId, long recipientId, Kinship kinship) {

    static RelationStarted of(Relation relation) {
        return new RelationStarted(relation.getId(), relation.getSharerId(), relation.getRecipientId(),
                relation.getKinship());
    }
}
