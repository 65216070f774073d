package cn.gongji.portal.ledger;

/** What shared money paid for — the only fact about care a sharer may see (D24). */
public enum UseKind {
    CARE, PHARMACY, RESIDENT_CONTRIBUTION, LTC_CONTRIBUTION
}
