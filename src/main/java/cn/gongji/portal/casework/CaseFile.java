package cn.gongji.portal.casework;

import java.time.Instant;
import java.util.List;

import cn.gongji.portal.family.FamilyPicture;
import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.supervision.FlagLine;

/**
 * A citizen's case as an agent sees it after a logged opening (D26): the person in full (D2 allows it here only),
 * his account, his relations on both sides, the notifications sent to him, the flags about him and what agents did
 * for him at the counter. The ledger is paged separately ({@link CaseworkService#ledger}).
 *
 * @param balances {@code null} when the person has no personal account (resident-insured)
 */
public record CaseFile(long personId, String idNumber, String name, String phone, Scheme scheme,
                       EnrolmentStatus status, String regionCode, Instant walletOpenedAt, Balances balances,
                       List<RelationLine> asSharer, List<RelationLine> asRecipient,
                       List<NotificationLine> notifications, List<FlagLine> flags,
                       List<CounterAction> counterActions) {

    public boolean isWalletOpen() {
        return walletOpenedAt != null;
    }

    /**
     * Issue 12: the case's family picture, from the relations the case already holds (no further read): open
     * relations only, relatives masked as on the rest of the case (D2), the quota left of each cross-province one.
     */
    public FamilyPicture familyPicture() {
        return new FamilyPicture(name, ties(asSharer), ties(asRecipient));
    }

    private static List<FamilyPicture.Tie> ties(List<RelationLine> lines) {
        return lines.stream().filter(l -> FamilyPicture.Tie.shows(l.status()))
                .map(l -> new FamilyPicture.Tie(l.relationId(), l.relativeName(), l.kinship(), l.mode(), l.status(),
                        l.quota() == null ? null : l.quota().available()))
                .toList();
    }
}
