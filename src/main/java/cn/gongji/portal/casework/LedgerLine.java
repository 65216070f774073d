package cn.gongji.portal.casework;

import cn.gongji.portal.ledger.LedgerEntry;

/** A ledger entry on a case, with the other party of its relation masked (D2); {@code null} when there is none. */
public record LedgerLine(LedgerEntry entry, String counterparty) {
}
