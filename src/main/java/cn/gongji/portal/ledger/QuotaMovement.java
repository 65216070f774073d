package cn.gongji.portal.ledger;

import java.math.BigDecimal;

/** What entries of one kind did to the part of a sharer's account one quota reserves: the sum of their deltas. */
public record QuotaMovement(Long quotaId, LedgerKind kind, BigDecimal reservedDelta) {
}
