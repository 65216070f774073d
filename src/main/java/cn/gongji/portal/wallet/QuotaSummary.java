package cn.gongji.portal.wallet;

import cn.gongji.portal.ledger.Money;

/** A relation's quotas together: granted in all, used, given back (revoked, released, expired) and available. */
public record QuotaSummary(Money granted, Money used, Money returned, Money available) {
}
