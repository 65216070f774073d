package cn.gongji.portal.casework;

import java.time.Instant;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.wallet.QuotaSummary;

/**
 * One relation on a case, seen from the case's person. The relative is masked (D2): the agent's case is the
 * person's, not the relative's.
 *
 * @param asSharer whether the case's person is the sharer of this relation
 * @param quota    the quotas of a cross-province relation; {@code null} for same-province sharing
 */
public record RelationLine(long relationId, boolean asSharer, String relativeName, String relativeMaskedId,
                           Kinship kinship, SharingMode mode, RelationStatus status, EndReason endReason,
                           Instant since, QuotaSummary quota) {

    public boolean isLive() {
        return status == RelationStatus.LIVE;
    }

    /** D10: quotas are granted and revoked by the sharer of a live cross-province relation only. */
    public boolean takesQuotas() {
        return asSharer && isLive() && mode == SharingMode.WALLET;
    }
}
