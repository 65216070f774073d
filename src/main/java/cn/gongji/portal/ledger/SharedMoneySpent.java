package cn.gongji.portal.ledger;

import java.time.Instant;

/**
 * Published inside the transaction that spends a sharer's money for a recipient — from a quota or from his account
 * (D9, D10) — so that supervision can look for a burst of spending once it is committed (D27).
 *
 * @param recipientId who the money paid for, where known
 */
public record SharedMoneySpent(long sharerId, Long recipientId, Instant occurredAt) {
}
