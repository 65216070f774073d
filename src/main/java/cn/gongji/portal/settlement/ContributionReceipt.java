package cn.gongji.portal.settlement;

import java.util.List;

import cn.gongji.portal.ledger.Money;

/**
 * A contribution paid in full from shared money (D14): which sharers' money paid how much, in the order used.
 *
 * @param contributionId the reference written on every ledger entry of this payment
 */
public record ContributionReceipt(String contributionId, ContributionScheme scheme, Money amount, List<Part> parts) {

    /** What one relation's money paid. */
    public record Part(long relationId, long sharerId, Money amount) {
    }
}
