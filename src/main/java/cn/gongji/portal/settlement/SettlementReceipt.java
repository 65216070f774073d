package cn.gongji.portal.settlement;

import java.util.List;

import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.ledger.Money;

/** How a bill was paid: own account, each shared part, and cash (D17). */
public record SettlementReceipt(String settlementId, String requestId, Money ownAccount, List<SharedPart> shared,
                                Money cash) {

    /** One relation's share; a relation's several quotas are summed into one part. */
    public record SharedPart(long relationId, Money amount, SharingMode mode) {
    }
}
