package cn.gongji.portal.ledger;

import java.time.Instant;

/**
 * Published inside the transaction that moves a sharer's money for a recipient — spent from a quota or from his
 * account (D9, D10), or given back by a refund (D20) — so that the sharer is told (P3, with D24's fields only) and
 * supervision can look for a burst of spending (D27), both in the same transaction.
 *
 * @param recipientId who the money paid for
 * @param wasRefund   whether money came back (a refund) rather than being spent
 */
public record SharedMoneySpent(long sharerId, long recipientId, long relationId, Money amount, UseKind useKind,
                               boolean wasRefund, Instant occurredAt) {
}
