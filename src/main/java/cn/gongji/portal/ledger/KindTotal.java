package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** Entries of one kind on an account, summed: how many, the first and last, the sum of their balance deltas. */
public record KindTotal(LedgerKind kind, Long count, BigDecimal sum, Instant first, Instant last) {
}
