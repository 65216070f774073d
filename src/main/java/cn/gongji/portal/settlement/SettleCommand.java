package cn.gongji.portal.settlement;

import java.util.List;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.Money;

/**
 * A bill to settle, already checked for form (valid ID numbers, amounts with two decimals).
 *
 * @param cardHolder     whose card or code was presented (D16)
 * @param buyer          who buys medicine for the patient, or {@code null} (代购药, D16)
 * @param presentedSharers sharers whose codes were shown too (D18)
 * @param detail         the care detail as sent, private to the patient (D24)
 */
public record SettleCommand(String institutionCode, String requestId, IdNumber patient, IdNumber cardHolder,
                            IdNumber buyer, SettlementKind kind, Money outOfPocket, Money poolFund,
                            boolean useSharedFunds, List<IdNumber> presentedSharers, String detail) {
}
