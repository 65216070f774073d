package cn.gongji.portal.settlement;

import cn.gongji.portal.ledger.Money;

/** What a patient could use right now: his own personal account and all live shared money. */
public record Funds(Money ownAccount, Money shared) {
}
