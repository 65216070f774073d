package cn.gongji.portal.wallet;

import java.time.LocalDate;
import java.util.List;

import cn.gongji.portal.ledger.Money;

/** A relation's quotas together: granted in all, used, given back (revoked, released, expired) and available. */
public record QuotaSummary(Money granted, Money used, Money returned, Money available) {

    /**
     * D10, P2: the sums of a relation's quotas on {@code today}; what is unused of a quota past its last day counts
     * as granted but is no longer available (the expiry job gives it back soon after).
     */
    static QuotaSummary of(List<Quota> quotas, LocalDate today) {
        Money granted = Money.ZERO;
        Money used = Money.ZERO;
        Money returned = Money.ZERO;
        Money available = Money.ZERO;
        for (Quota q : quotas) {
            granted = granted.plus(q.getAmount());
            used = used.plus(q.getUsed());
            returned = returned.plus(q.getReturned());
            if (!q.isExpiredOn(today)) {
                available = available.plus(q.unused());
            }
        }
        return new QuotaSummary(granted, used, returned, available);
    }
}
