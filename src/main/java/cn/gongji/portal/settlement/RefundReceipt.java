package cn.gongji.portal.settlement;

import java.util.List;

import cn.gongji.portal.ledger.Money;

/** What a refund gave back, and to which source (D20). */
public record RefundReceipt(String settlementId, String requestId, Money amount, List<Returned> parts) {

    /**
     * @param relationId the relation of a shared part, else {@code null}
     * @param toQuota    for a quota part: whether the money went back into the live quota (else the sharer's account)
     */
    public record Returned(PaymentSource source, Long relationId, Money amount, boolean toQuota) {
    }
}
