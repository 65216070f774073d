package cn.gongji.portal.ledger;

/** What a ledger entry records (D25). */
public enum LedgerKind {
    // money in
    ACCOUNT_CREDITED,
    // quota (D10, D11, P2, D21)
    QUOTA_GRANTED,
    QUOTA_REVOKED,
    QUOTA_RELEASED,
    QUOTA_EXPIRED,
    // spending (D9, D10, D13, D14, D17) and refunds (D20)
    OWN_ACCOUNT_SPENT,
    QUOTA_SPENT,
    SHARED_ACCOUNT_SPENT,
    OWN_ACCOUNT_REFUNDED,
    QUOTA_REFUNDED,
    SHARED_ACCOUNT_REFUNDED,
    // relation life (D7, D8, D21, D22)
    RELATION_BOUND,
    RELATION_REQUESTED,
    RELATION_CONFIRMED,
    RELATION_DECLINED,
    RELATION_DISSOLVED,
    WALLET_OPENED;

    public boolean movesMoney() {
        return ordinal() <= SHARED_ACCOUNT_REFUNDED.ordinal();
    }
}
