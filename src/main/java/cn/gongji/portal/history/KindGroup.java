package cn.gongji.portal.history;

import java.util.EnumSet;
import java.util.Set;

import cn.gongji.portal.ledger.LedgerKind;

/**
 * The kinds of entry a person filters his history by (P5). Seventeen ledger kinds are too many to choose from on a
 * phone; these five groups are how people ask ("what did I spend?", "what did I grant?").
 */
public enum KindGroup {
    ALL(EnumSet.allOf(LedgerKind.class)),
    /** Bills and contributions paid, and their refunds (D13, D14, D20). */
    SPENDING(EnumSet.of(LedgerKind.OWN_ACCOUNT_SPENT, LedgerKind.QUOTA_SPENT, LedgerKind.SHARED_ACCOUNT_SPENT,
            LedgerKind.OWN_ACCOUNT_REFUNDED, LedgerKind.QUOTA_REFUNDED, LedgerKind.SHARED_ACCOUNT_REFUNDED)),
    /** Quotas granted, taken back, released and expired (D10, D21, P2). */
    QUOTA(EnumSet.of(LedgerKind.QUOTA_GRANTED, LedgerKind.QUOTA_REVOKED, LedgerKind.QUOTA_RELEASED,
            LedgerKind.QUOTA_EXPIRED)),
    /** Money into the personal account. */
    CREDIT(EnumSet.of(LedgerKind.ACCOUNT_CREDITED)),
    /** Relations and the wallet (D7, D8, D21, D22, D10). */
    RELATION(EnumSet.of(LedgerKind.RELATION_BOUND, LedgerKind.RELATION_REQUESTED, LedgerKind.RELATION_CONFIRMED,
            LedgerKind.RELATION_DECLINED, LedgerKind.RELATION_DISSOLVED, LedgerKind.WALLET_OPENED));

    private final Set<LedgerKind> kinds;

    KindGroup(Set<LedgerKind> kinds) {
        this.kinds = kinds;
    }

    public Set<LedgerKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
