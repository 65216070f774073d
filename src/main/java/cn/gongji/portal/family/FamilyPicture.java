package cn.gongji.portal.family;

import java.util.List;

import cn.gongji.portal.ledger.Money;

/**
 * Issue 12: the family picture of one person — who shares with him and with whom he shares, one tie per open
 * (pending or live) relation. Ended relations stay in the list and the history (D23) but are not part of the
 * family as it is now, so the picture leaves them out.
 *
 * @param personName   the person in the middle: the viewer himself, or the case's person on an audited case (D2
 *                     allows the full name to both)
 * @param sharesWith   the relations where he is the sharer, newest first
 * @param receivesFrom the relations where he is the recipient, newest first
 */
public record FamilyPicture(String personName, List<Tie> sharesWith, List<Tie> receivesFrom) {

    public FamilyPicture {
        sharesWith = List.copyOf(sharesWith);
        receivesFrom = List.copyOf(receivesFrom);
    }

    public boolean isEmpty() {
        return sharesWith.isEmpty() && receivesFrom.isEmpty();
    }

    /**
     * One relation as the picture shows it.
     *
     * @param relativeName the other person, masked (D2)
     * @param quotaLeft    what the recipient can still spend from the sharer's quotas (D10); {@code null} for
     *                     same-province sharing, which has no quota (D9)
     */
    public record Tie(long relationId, String relativeName, Kinship kinship, SharingMode mode, RelationStatus status,
                      Money quotaLeft) {

        /** Whether a relation with this status belongs in the picture: pending or live. */
        public static boolean shows(RelationStatus status) {
            return status.isOpen();
        }
    }
}
