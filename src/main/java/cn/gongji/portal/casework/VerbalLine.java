package cn.gongji.portal.casework;

import java.time.Instant;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.VerbalCommitmentStatus;
import cn.gongji.portal.shared.Channel;

/**
 * Issue 12: a verbal commitment on a sharer's case, the relative masked (D2).
 *
 * @param status          as it stands now (a pending one past its period shows as expired)
 * @param resolvedChannel where it was confirmed or declined, or null
 */
public record VerbalLine(long id, String relativeName, String relativeMaskedId, Kinship kinship, Instant recordedAt,
                         Instant expiresAt, String agent, VerbalCommitmentStatus status, Channel resolvedChannel,
                         Long relationId) {

    public boolean isPending() {
        return status == VerbalCommitmentStatus.PENDING;
    }
}
